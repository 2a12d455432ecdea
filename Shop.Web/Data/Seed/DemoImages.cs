using System.Globalization;
using System.Security;

namespace Shop.Web.Data.Seed;

/// <summary>Draws a simple SVG "photo" for a demo product: a tinted card with the product's initials.</summary>
public static class DemoImages
{
    public static string Svg(string productName, int hue, int variant)
    {
        var initials = string.Concat(productName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => w[0]));
        var light = string.Create(CultureInfo.InvariantCulture, $"hsl({hue},55%,{88 - variant % 3 * 6}%)");
        var dark = string.Create(CultureInfo.InvariantCulture, $"hsl({hue},45%,32%)");
        var shape = (variant % 3) switch
        {
            0 => $"<circle cx=\"300\" cy=\"260\" r=\"150\" fill=\"{dark}\" opacity=\"0.15\"/>",
            1 => $"<rect x=\"160\" y=\"120\" width=\"280\" height=\"280\" rx=\"36\" fill=\"{dark}\" opacity=\"0.15\"/>",
            _ => $"<path d=\"M300 90 L470 400 L130 400 Z\" fill=\"{dark}\" opacity=\"0.15\"/>",
        };
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600" role="img">
            <rect width="600" height="600" fill="{light}"/>
            {shape}
            <text x="300" y="300" font-family="Georgia, serif" font-size="120" fill="{dark}" text-anchor="middle" dominant-baseline="middle">{SecurityElement.Escape(initials)}</text>
            <text x="300" y="520" font-family="Helvetica, Arial, sans-serif" font-size="30" fill="{dark}" text-anchor="middle">{SecurityElement.Escape(productName)}</text>
            </svg>
            """;
    }
}
