using SkiaSharp;

namespace Shop.Web.Data.Seed;

/// <summary>What a demo product's pictures show; every kind of demo item maps to one.</summary>
public enum DemoShape
{
    Knife, Pan, Saucepan, Pot, Bowl, Mug, Jar, Kettle, Board, Bottle,
    DeskLamp, TableLamp, FloorLamp, Pendant, Lantern, Bulb,
    Chair, OfficeChair, CampChair, Desk, Shelf, Box, Plant,
    Headphones, Earbuds, Speaker, PortableSpeaker, Turntable, Radio,
    Backpack, Tote, Duffel, Messenger, Suitcase, Wallet, Pouch,
    TShirt, Shirt, Hoodie, Sweater, Jacket, Sock, Beanie, Cap, Scarf, Blanket,
    Book, Pen,
}

/// <summary>
/// Draws product-shot-like demo pictures: a shaded vector object in the product's colour with a soft shadow on a light
/// studio background. The same seed always gives the same picture; the seed varies the background tint, the angle and
/// small details, and the picture index the view (1 front, 2 closer and turned, 3 a detail, 4 further back).
/// No text is drawn. Everything is drawn on a 1000 × 1000 canvas scaled to the asked width.
/// </summary>
public static class DemoPictures
{
    public const int MinWidth = 16;
    public const int MaxWidth = 2048;

    public static byte[] Render(DemoShape shape, string hexColour, int seed, int pictureIndex, int width, SKEncodedImageFormat format) =>
        Render(shape, hexColour, seed, pictureIndex, width, format, drawObject: true);

    /// <summary>With <paramref name="drawObject"/> false, only the backdrop (for tests that the object shows).</summary>
    internal static byte[] Render(DemoShape shape, string hexColour, int seed, int pictureIndex, int width, SKEncodedImageFormat format, bool drawObject)
    {
        if (width is < MinWidth or > MaxWidth) throw new ArgumentOutOfRangeException(nameof(width));
        if (pictureIndex < 1) throw new ArgumentOutOfRangeException(nameof(pictureIndex));
        if (format is not (SKEncodedImageFormat.Webp or SKEncodedImageFormat.Jpeg)) throw new ArgumentOutOfRangeException(nameof(format));
        if (!SKColor.TryParse(hexColour, out var colour)) colour = new SKColor(0x80, 0x84, 0x8a);

        // The product's look (details, tint) depends on the seed only, so its colours share a composition.
        var look = new Random(seed);
        var view = new Random(unchecked(seed * 7919 + pictureIndex * 104729));

        using var bitmap = new SKBitmap(new SKImageInfo(width, width, SKColorType.Rgba8888, SKAlphaType.Opaque));
        Background(bitmap, look, view, pictureIndex, colour);
        using (var canvas = new SKCanvas(bitmap))
        using (var painter = new Painter(canvas, colour, look))
        {
            canvas.Scale(width / 1000f);
            View(canvas, shape, view, pictureIndex);
            // Each product has its own proportions: a little wider or taller than the drawing, standing on the same spot.
            canvas.Scale(0.93f + (float)look.NextDouble() * 0.14f, 0.92f + (float)look.NextDouble() * 0.16f, 500, 800);
            if (drawObject) Draw(painter, shape);
        }

        using var pixels = bitmap.PeekPixels();
        using var data = format == SKEncodedImageFormat.Webp
            ? pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, 80))
            : pixels.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data?.ToArray() ?? throw new InvalidOperationException($"Could not encode a {format} picture.");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Scene
    // ---------------------------------------------------------------------------------------------------------------

    private static readonly float[] Hues = [30, 40, 200, 210, 90, 20, 0, 180, 260, 50];

    /// <summary>
    /// A studio backdrop: a wall fading into a slightly darker floor, with a soft pool of light behind the object.
    /// Written straight into the pixels: a gradient shader over the whole picture costs several times as much.
    /// </summary>
    private static void Background(SKBitmap bitmap, Random look, Random view, int index, SKColor product)
    {
        var hue = Hues[look.Next(Hues.Length)] + (index - 1) * 12f;
        var saturation = 8f + look.Next(0, 14);
        // Light products get a slightly deeper backdrop so their edges still show.
        var light = Luminance(product) > 0.72f ? 81f : 94f;
        light -= index == 4 ? 3f : 0f;
        var wall = SKColor.FromHsl(hue, saturation, light);
        var horizon = index == 4 ? 0.66f : 0.70f + (float)view.NextDouble() * 0.06f;
        SKColor[] stops = [Lighten(wall, 0.35f), wall, SKColor.FromHsl(hue, saturation + 2, light - 5),
            SKColor.FromHsl(hue, saturation + 3, light - 9), SKColor.FromHsl(hue, saturation + 3, light - 4)];
        float[] at = [0f, 0.35f, horizon - 0.04f, horizon + 0.04f, 1f];
        var glow = Lighten(wall, 0.6f);
        const float glowX = 0.5f, glowY = 0.43f, glowRadius = 0.52f, glowStrength = 150 / 255f;

        var size = bitmap.Width;
        var pixels = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(bitmap.GetPixelSpan());
        // The glow's strength by squared distance from its centre, in steps too fine to see.
        const int steps = 1024;
        Span<float> strength = stackalloc float[steps + 1];
        for (var k = 0; k <= steps; k++) strength[k] = (1 - MathF.Sqrt(k / (float)steps)) * glowStrength;
        var perSquare = steps / (glowRadius * glowRadius);
        for (var y = 0; y < size; y++)
        {
            var v = (y + 0.5f) / size;
            var i = 1;
            while (i < at.Length - 1 && v > at[i]) i++;
            var t = Math.Clamp((v - at[i - 1]) / (at[i] - at[i - 1]), 0f, 1f);
            float r = stops[i - 1].Red + (stops[i].Red - stops[i - 1].Red) * t;
            float g = stops[i - 1].Green + (stops[i].Green - stops[i - 1].Green) * t;
            float b = stops[i - 1].Blue + (stops[i].Blue - stops[i - 1].Blue) * t;
            var row = pixels.Slice(y * size, size);
            row.Fill(Pack(r, g, b));
            var dy = v - glowY;
            if (Math.Abs(dy) >= glowRadius) continue;
            var half = MathF.Sqrt(glowRadius * glowRadius - dy * dy);
            var from = Math.Max(0, (int)((glowX - half) * size));
            var to = Math.Min(size, (int)MathF.Ceiling((glowX + half) * size));
            float gr = glow.Red - r, gg = glow.Green - g, gb = glow.Blue - b;
            for (var x = from; x < to; x++)
            {
                var dx = (x + 0.5f) / size - glowX;
                var a = strength[Math.Min(steps, (int)((dx * dx + dy * dy) * perSquare))];
                row[x] = Pack(r + gr * a, g + gg * a, b + gb * a);
            }
        }
    }

    /// <summary>One opaque RGBA pixel as it sits in memory.</summary>
    private static uint Pack(float r, float g, float b) =>
        0xff000000u | (uint)(b + 0.5f) << 16 | (uint)(g + 0.5f) << 8 | (uint)(r + 0.5f);

    private static void View(SKCanvas canvas, DemoShape shape, Random view, int index)
    {
        float Jitter(float amount) => ((float)view.NextDouble() * 2 - 1) * amount;
        var (focus, scale, angle, dx, dy) = index switch
        {
            1 => (new SKPoint(500, 500), 0.96f + Jitter(0.03f), Jitter(2.5f), Jitter(15), Jitter(10)),
            2 => (Towards(new SKPoint(500, 520), Detail(shape), 0.35f), 1.28f + Jitter(0.05f), (view.Next(2) == 0 ? -1 : 1) * (5f + Jitter(2f)), Jitter(40), 20 + Jitter(20)),
            3 => (Detail(shape), 2.05f + Jitter(0.1f), Jitter(6f), Jitter(20), Jitter(20)),
            _ => (new SKPoint(500, 520), 0.78f + Jitter(0.03f), Jitter(4f), Jitter(60), 30 + Jitter(15)),
        };
        canvas.Translate(500 + dx, 500 + dy);
        canvas.RotateDegrees(angle);
        canvas.Scale(scale * (index == 3 ? 1f : Size(shape)));
        canvas.Translate(-focus.X, -focus.Y);
    }

    private static SKPoint Towards(SKPoint from, SKPoint to, float t) => new(from.X + (to.X - from.X) * t, from.Y + (to.Y - from.Y) * t);

    /// <summary>How much to enlarge a shape so it fills the frame like the others.</summary>
    private static float Size(DemoShape shape) => shape switch
    {
        DemoShape.Earbuds => 1.3f,
        DemoShape.Knife or DemoShape.Pen or DemoShape.Wallet or DemoShape.Board or DemoShape.Book => 1.18f,
        DemoShape.Shelf or DemoShape.Pouch or DemoShape.Scarf or DemoShape.Mug or DemoShape.Jar or DemoShape.Box => 1.12f,
        DemoShape.FloorLamp or DemoShape.Pendant or DemoShape.OfficeChair or DemoShape.Suitcase => 1f,
        _ => 1.07f,
    };

    /// <summary>Where picture 3 (the close-up) looks.</summary>
    private static SKPoint Detail(DemoShape shape) => shape switch
    {
        DemoShape.Knife => new(360, 560),
        DemoShape.Pen => new(300, 615),
        DemoShape.Bottle => new(500, 270),
        DemoShape.Pan => new(420, 520),
        DemoShape.Saucepan => new(500, 470),
        DemoShape.Pot => new(500, 420),
        DemoShape.Mug => new(560, 470),
        DemoShape.Kettle => new(380, 470),
        DemoShape.DeskLamp => new(680, 380),
        DemoShape.TableLamp => new(500, 420),
        DemoShape.FloorLamp => new(500, 300),
        DemoShape.Pendant => new(500, 480),
        DemoShape.Bulb => new(500, 450),
        DemoShape.OfficeChair => new(500, 380),
        DemoShape.Chair => new(480, 480),
        DemoShape.Desk => new(560, 450),
        DemoShape.Plant => new(500, 420),
        DemoShape.Headphones => new(400, 530),
        DemoShape.Earbuds => new(500, 600),
        DemoShape.Speaker => new(520, 520),
        DemoShape.Turntable => new(520, 520),
        DemoShape.Radio => new(600, 520),
        DemoShape.Suitcase => new(520, 280),
        DemoShape.Messenger => new(500, 600),
        DemoShape.TShirt or DemoShape.Sweater => new(500, 300),
        DemoShape.Shirt or DemoShape.Jacket or DemoShape.Hoodie => new(500, 330),
        DemoShape.Sock => new(600, 680),
        DemoShape.Beanie => new(500, 600),
        DemoShape.Book => new(560, 560),
        _ => new(500, 500),
    };

    private static void Draw(Painter p, DemoShape shape)
    {
        switch (shape)
        {
            case DemoShape.Knife: Knife(p); break;
            case DemoShape.Pan: Pan(p); break;
            case DemoShape.Saucepan: Saucepan(p); break;
            case DemoShape.Pot: Pot(p); break;
            case DemoShape.Bowl: Bowl(p); break;
            case DemoShape.Mug: Mug(p); break;
            case DemoShape.Jar: Jar(p); break;
            case DemoShape.Kettle: Kettle(p); break;
            case DemoShape.Board: Board(p); break;
            case DemoShape.Bottle: Bottle(p); break;
            case DemoShape.DeskLamp: DeskLamp(p); break;
            case DemoShape.TableLamp: TableLamp(p); break;
            case DemoShape.FloorLamp: FloorLamp(p); break;
            case DemoShape.Pendant: Pendant(p); break;
            case DemoShape.Lantern: Lantern(p); break;
            case DemoShape.Bulb: Bulb(p); break;
            case DemoShape.Chair: Chair(p); break;
            case DemoShape.OfficeChair: OfficeChair(p); break;
            case DemoShape.CampChair: CampChair(p); break;
            case DemoShape.Desk: Desk(p); break;
            case DemoShape.Shelf: Shelf(p); break;
            case DemoShape.Box: Box(p); break;
            case DemoShape.Plant: Plant(p); break;
            case DemoShape.Headphones: Headphones(p); break;
            case DemoShape.Earbuds: Earbuds(p); break;
            case DemoShape.Speaker: Speaker(p); break;
            case DemoShape.PortableSpeaker: PortableSpeaker(p); break;
            case DemoShape.Turntable: Turntable(p); break;
            case DemoShape.Radio: Radio(p); break;
            case DemoShape.Backpack: Backpack(p); break;
            case DemoShape.Tote: Tote(p); break;
            case DemoShape.Duffel: Duffel(p); break;
            case DemoShape.Messenger: Messenger(p); break;
            case DemoShape.Suitcase: Suitcase(p); break;
            case DemoShape.Wallet: Wallet(p); break;
            case DemoShape.Pouch: Pouch(p); break;
            case DemoShape.TShirt: Garment(p, longSleeves: false, Neck.Crew); break;
            case DemoShape.Shirt: Garment(p, longSleeves: true, Neck.Collar); break;
            case DemoShape.Hoodie: Garment(p, longSleeves: true, Neck.Hood); break;
            case DemoShape.Sweater: Garment(p, longSleeves: true, Neck.Rib); break;
            case DemoShape.Jacket: Garment(p, longSleeves: true, Neck.Zip); break;
            case DemoShape.Sock: Socks(p); break;
            case DemoShape.Beanie: Beanie(p); break;
            case DemoShape.Cap: Cap(p); break;
            case DemoShape.Scarf: Scarf(p); break;
            case DemoShape.Blanket: Blanket(p); break;
            case DemoShape.Book: Book(p); break;
            case DemoShape.Pen: Pen(p); break;
            default: Box(p); break;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Kitchen
    // ---------------------------------------------------------------------------------------------------------------

    private static readonly SKColor Steel = new(0xb9, 0xbe, 0xc4);
    private static readonly SKColor DarkSteel = new(0x6c, 0x72, 0x7a);
    private static readonly SKColor Wood = new(0xc0, 0x94, 0x62);
    private static readonly SKColor Rubber = new(0x2b, 0x2c, 0x2f);

    private static void Knife(Painter p)
    {
        var c = p.Canvas;
        c.Save();
        c.RotateDegrees(-24, 500, 500);
        p.Shadow(500, 585, 380, 26, 0.30f);
        // Blade: straight spine, curved edge up to the tip.
        using var blade = Svg("M 430 452 L 835 452 Q 880 456 905 470 Q 860 540 760 548 L 430 548 Z");
        p.Fill(blade, p.V(452, 548, [Lighten(Steel, 0.55f), Steel, Lighten(Steel, 0.3f), DarkSteel], [0, 0.45f, 0.8f, 1]));
        using var bevel = Svg("M 430 520 L 770 520 Q 850 515 895 476 Q 860 540 760 548 L 430 548 Z");
        p.Fill(bevel, p.V(505, 548, [Lighten(Steel, 0.7f), Lighten(Steel, 0.15f)]));
        p.Stroke(blade, DarkSteel.WithAlpha(150), 2);
        // Bolster and handle with rivets.
        using var bolster = Svg("M 405 446 Q 430 440 440 452 L 440 548 Q 430 560 405 554 Z");
        p.Fill(bolster, p.V(440, 560, [Lighten(Steel, 0.4f), DarkSteel]));
        using var handle = Svg("M 140 470 Q 140 446 170 444 L 405 448 L 405 552 L 175 560 Q 130 560 140 520 Z");
        p.Fill(handle, p.V(444, 560, [Lighten(p.Colour, 0.3f), p.Colour, Darken(p.Colour, 0.45f)], [0, 0.45f, 1]));
        p.Stroke(handle, Darken(p.Colour, 0.5f).WithAlpha(120), 2);
        p.Line(160, 470, 390, 466, Lighten(p.Colour, 0.45f).WithAlpha(110), 6);
        foreach (var x in new[] { 205f, 290f, 370f }) p.Rivet(x, 502, 11);
        c.Restore();
    }

    private static void Pan(Painter p)
    {
        var rim = p.Colour;
        p.Shadow(450, 690, 300, 40, 0.35f);
        // Handle behind to the right.
        using var handle = Svg("M 680 520 L 915 430 Q 945 420 952 445 Q 958 468 930 480 L 700 585 Z");
        p.Fill(handle, p.V(420, 585, [Lighten(Rubber, 0.3f), Rubber]));
        p.Oval(925, 452, 10, 8, Darken(Rubber, 0.5f));
        // Side wall, then the rim and the cooking surface.
        using var wall = Svg("M 170 540 L 190 640 Q 440 740 690 640 L 710 540 Z");
        p.Fill(wall, p.H(170, 710, [Darken(rim, 0.55f), Darken(rim, 0.15f), Lighten(rim, 0.2f), Darken(rim, 0.2f), Darken(rim, 0.6f)]));
        p.Oval(440, 540, 270, 110, p.V(430, 650, [Lighten(rim, 0.35f), Darken(rim, 0.2f)]));
        var inside = Darken(Mix(rim, Rubber, 0.6f), 0.1f);
        p.Oval(440, 546, 246, 96, p.Radial(380, 500, 260, [Lighten(inside, 0.25f), inside, Darken(inside, 0.3f)]));
        p.Oval(360, 515, 90, 22, SKColors.White.WithAlpha(30), blur: 14);
    }

    private static void Saucepan(Painter p)
    {
        var m = p.Colour;
        p.Shadow(450, 752, 220, 30, 0.35f);
        using var handle = Svg("M 620 440 L 905 355 Q 935 348 940 372 Q 944 392 915 402 L 630 500 Z");
        p.Fill(handle, p.V(350, 500, [Lighten(m, 0.35f), Darken(m, 0.35f)]));
        p.Oval(900, 376, 12, 9, Darken(m, 0.6f));
        using var body = Svg("M 250 430 L 250 700 Q 250 750 300 752 L 600 752 Q 650 750 650 700 L 650 430 Z");
        p.Fill(body, p.Cylinder(250, 650, m));
        p.Oval(450, 430, 200, 52, p.V(378, 482, [Lighten(m, 0.45f), Darken(m, 0.1f)]));
        p.Oval(450, 434, 186, 44, p.V(390, 478, [Darken(m, 0.55f), Darken(m, 0.25f)]));
        p.Line(262, 470, 638, 470, Lighten(m, 0.5f).WithAlpha(80), 3);
    }

    private static void Pot(Painter p)
    {
        var e = p.Colour;
        p.Shadow(500, 760, 290, 36, 0.35f);
        // Loop handles.
        foreach (var (x, dir) in new[] { (250f, -1f), (750f, 1f) })
        {
            using var loop = Svg($"M {x} 520 Q {x + dir * 70} 515 {x + dir * 72} 560 Q {x + dir * 70} 600 {x} 600");
            p.Stroke(loop, Darken(e, 0.25f), 24);
        }
        using var body = Svg("M 250 470 L 250 690 Q 252 760 330 762 L 670 762 Q 748 760 750 690 L 750 470 Z");
        p.Fill(body, p.Cylinder(250, 750, e));
        p.Oval(330, 600, 22, 110, SKColors.White.WithAlpha(60), blur: 14);
        // Lid: rim, dome, knob.
        p.Oval(500, 470, 262, 60, p.V(410, 530, [Lighten(e, 0.3f), Darken(e, 0.25f)]));
        using var dome = Svg("M 250 468 Q 270 360 500 350 Q 730 360 750 468 Q 500 520 250 468 Z");
        p.Fill(dome, p.Radial(420, 360, 380, [Lighten(e, 0.45f), e, Darken(e, 0.3f)]));
        p.Oval(420, 392, 90, 18, SKColors.White.WithAlpha(80), blur: 10);
        p.RoundRect(new SKRect(465, 318, 535, 352), 10, p.H(465, 535, [Lighten(Steel, 0.5f), Steel, DarkSteel]));
        p.Oval(500, 318, 35, 9, p.H(465, 535, [Lighten(Steel, 0.6f), Steel]));
    }

    private static void Bowl(Painter p)
    {
        var g = p.Colour;
        var nested = p.Random.Next(2) == 0;
        p.Shadow(500, 735, 230, 30, 0.35f);
        using var foot = Svg("M 420 720 L 430 745 L 570 745 L 580 720 Z");
        p.Fill(foot, Darken(g, 0.3f));
        using var body = Svg("M 215 470 C 220 640 360 735 500 735 C 640 735 780 640 785 470 Z");
        p.Fill(body, p.Cylinder(215, 785, g));
        p.Oval(500, 470, 285, 78, p.V(392, 548, [Lighten(g, 0.35f), g]));
        var inside = Lighten(Mix(g, new SKColor(0xf1, 0xea, 0xdc), 0.55f), 0.05f);
        p.Oval(500, 474, 268, 66, p.V(408, 540, [Darken(inside, 0.18f), inside, Lighten(inside, 0.25f)]));
        if (nested)
        {
            var small = Lighten(g, 0.18f);
            using var second = Svg("M 340 478 C 345 560 420 600 500 600 C 580 600 655 560 660 478 Z");
            p.Fill(second, p.Cylinder(340, 660, small));
            p.Oval(500, 478, 160, 40, p.V(438, 518, [Lighten(small, 0.3f), small]));
            p.Oval(500, 480, 150, 34, p.V(446, 514, [Darken(inside, 0.15f), inside]));
        }
    }

    private static void Mug(Painter p)
    {
        var g = p.Colour;
        var speckled = p.Random.Next(3) == 0;
        p.Shadow(470, 742, 200, 28, 0.35f);
        using var handle = Svg("M 620 430 C 760 420 770 650 620 650 L 620 605 C 710 605 705 475 620 478 Z");
        p.Fill(handle, p.V(420, 650, [Lighten(g, 0.25f), Darken(g, 0.3f)]));
        using var body = Svg("M 320 360 L 320 700 Q 322 742 370 742 L 590 742 Q 638 742 640 700 L 640 360 Z");
        p.Fill(body, p.Cylinder(320, 640, g));
        if (speckled)
            for (var i = 0; i < 70; i++)
                p.Oval(330 + (float)p.Random.NextDouble() * 300, 380 + (float)p.Random.NextDouble() * 350, 2.5f, 2.5f, Darken(g, 0.55f).WithAlpha(140));
        // Unglazed foot ring.
        using var foot = Svg("M 322 715 Q 324 742 370 742 L 590 742 Q 636 742 638 715 Z");
        p.Fill(foot, new SKColor(0xcf, 0xc2, 0xaa));
        p.Oval(480, 360, 160, 34, p.V(326, 394, [Lighten(g, 0.45f), g]));
        p.Oval(480, 364, 146, 27, p.V(337, 391, [Darken(g, 0.45f), Darken(g, 0.1f)]));
        p.RoundRect(new SKRect(372, 400, 400, 690), 14, SKColors.White.WithAlpha(55), blur: 8);
    }

    private static void Jar(Painter p)
    {
        var g = p.Colour;
        var glass = Luminance(g) > 0.78f;
        p.Shadow(500, 765, 190, 26, 0.32f);
        using var body = Svg("M 350 360 Q 350 330 380 330 L 620 330 Q 650 330 650 360 L 650 720 Q 650 765 605 765 L 395 765 Q 350 765 350 720 Z");
        if (glass)
        {
            var contents = new[] { new SKColor(0x5a, 0x3a, 0x24), new SKColor(0xe8, 0xc9, 0x7a), new SKColor(0xd8, 0xd0, 0xc2) }[p.Random.Next(3)];
            using var fill = Svg("M 356 470 Q 500 455 644 470 L 644 720 Q 644 760 605 760 L 395 760 Q 356 760 356 720 Z");
            p.Fill(fill, p.Cylinder(356, 644, contents));
            for (var i = 0; i < 90; i++)
                p.Oval(370 + (float)p.Random.NextDouble() * 260, 480 + (float)p.Random.NextDouble() * 270, 7, 4, Darken(contents, 0.35f).WithAlpha(110));
            p.Fill(body, p.H(350, 650, [g.WithAlpha(150), g.WithAlpha(40), SKColors.White.WithAlpha(60), g.WithAlpha(40), g.WithAlpha(170)], [0, 0.2f, 0.3f, 0.75f, 1]));
            p.Stroke(body, Darken(g, 0.35f).WithAlpha(160), 3);
        }
        else
        {
            p.Fill(body, p.Cylinder(350, 650, g));
            p.RoundRect(new SKRect(390, 480, 610, 620), 6, Lighten(g, 0.65f).WithAlpha(210));
        }
        p.RoundRect(new SKRect(385, 350, 410, 720), 12, SKColors.White.WithAlpha(70), blur: 6);
        // Wooden lid.
        p.RoundRect(new SKRect(340, 270, 660, 338), 14, p.Cylinder(340, 660, Wood));
        p.Oval(500, 272, 160, 20, p.V(252, 292, [Lighten(Wood, 0.35f), Wood]));
    }

    private static void Kettle(Painter p)
    {
        var m = p.Colour;
        p.Shadow(500, 765, 230, 30, 0.35f);
        // Gooseneck spout from the bottom of the body.
        using var spout = Svg("M 350 690 C 250 690 250 470 150 395");
        p.Stroke(spout, Darken(m, 0.2f), 30);
        p.Stroke(spout, Lighten(m, 0.3f).WithAlpha(120), 8);
        // Handle.
        using var handle = Svg("M 600 470 C 760 440 800 520 690 700");
        p.Stroke(handle, Rubber, 30);
        using var body = Svg("M 330 760 L 670 760 Q 692 760 688 734 L 640 480 Q 630 440 590 436 L 410 436 Q 370 440 360 480 L 312 734 Q 308 760 330 760 Z");
        p.Fill(body, p.Cylinder(312, 688, m));
        p.RoundRect(new SKRect(385, 480, 410, 720), 12, SKColors.White.WithAlpha(60), blur: 8);
        p.Oval(500, 438, 92, 18, p.V(420, 456, [Lighten(m, 0.4f), Darken(m, 0.2f)]));
        p.Oval(500, 418, 26, 22, Rubber);
    }

    private static void Board(Painter p)
    {
        var w = p.Colour;
        var c = p.Canvas;
        p.Shadow(500, 640, 380, 70, 0.28f);
        // A board lying on the table: the same outline twice, the lower one as its edge.
        using var outline = Svg("M -300 -170 L 240 -170 Q 290 -170 290 -120 L 290 -60 L 380 -60 Q 420 -60 420 -20 L 420 20 Q 420 60 380 60 L 290 60 L 290 120 Q 290 170 240 170 L -300 170 Q -350 170 -350 120 L -350 -120 Q -350 -170 -300 -170 Z M 340 -18 L 380 -18 Q 392 -18 392 0 Q 392 18 380 18 L 340 18 Q 328 18 328 0 Q 328 -18 340 -18 Z");
        outline.FillType = SKPathFillType.EvenOdd;
        foreach (var edge in new[] { true, false })
        {
            c.Save();
            c.Translate(470, edge ? 585 : 560);
            c.Scale(1, 0.55f);
            c.RotateDegrees(-14);
            if (edge) p.Fill(outline, Darken(w, 0.45f));
            else
            {
                p.Fill(outline, p.Linear(new SKPoint(-350, -170), new SKPoint(420, 170), [Lighten(w, 0.3f), w, Darken(w, 0.12f)]));
                c.Save();
                c.ClipPath(outline, antialias: true);
                for (var i = 0; i < 16; i++)
                {
                    var y = -165 + i * 22 + (float)p.Random.NextDouble() * 8;
                    using var grain = Svg($"M -360 {y} Q -100 {y + 12 - p.Random.Next(24)} 100 {y} T 430 {y + 5}");
                    p.Stroke(grain, Darken(w, 0.3f).WithAlpha(55), 3);
                }
                using var groove = Svg("M -300 -140 L 230 -140 Q 260 -140 260 -110 L 260 110 Q 260 140 230 140 L -300 140 Q -320 140 -320 110 L -320 -110 Q -320 -140 -300 -140 Z");
                p.Stroke(groove, Darken(w, 0.35f).WithAlpha(110), 7);
                c.Restore();
                p.Stroke(outline, Darken(w, 0.3f).WithAlpha(90), 2);
            }
            c.Restore();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Outdoor and drinkware
    // ---------------------------------------------------------------------------------------------------------------

    private static void Bottle(Painter p)
    {
        var b = p.Colour;
        var cap = p.Random.Next(2) == 0 ? Rubber : Darken(b, 0.35f);
        p.Shadow(500, 795, 140, 22, 0.35f);
        using var body = Svg("M 405 300 Q 405 245 445 228 L 555 228 Q 595 245 595 300 L 595 760 Q 595 795 560 795 L 440 795 Q 405 795 405 760 Z");
        p.Fill(body, p.Cylinder(405, 595, b));
        p.RoundRect(new SKRect(432, 300, 452, 760), 10, SKColors.White.WithAlpha(60), blur: 6);
        // Steel band at the neck, cap and carry loop.
        p.RoundRect(new SKRect(440, 205, 560, 232), 4, p.Cylinder(440, 560, Steel));
        p.RoundRect(new SKRect(435, 130, 565, 210), 18, p.Cylinder(435, 565, cap));
        using var loop = Svg("M 470 140 Q 470 70 500 70 Q 530 70 530 140");
        p.Stroke(loop, Darken(cap, 0.1f), 16);
    }

    private static void CampChair(Painter p)
    {
        var f = p.Colour;
        var frame = new SKColor(0x3a, 0x3d, 0x42);
        p.Shadow(500, 810, 300, 34, 0.30f);
        // Crossed legs front and back.
        foreach (var (a, b) in new[] { ((300f, 810f), (690f, 560f)), ((700f, 810f), (310f, 560f)), ((350f, 770f), (650f, 540f)), ((650f, 770f), (350f, 540f)) })
            p.Line(a.Item1, a.Item2, b.Item1, b.Item2, frame, 12);
        // Back, seat and arms.
        using var back = Svg("M 330 260 Q 500 280 670 260 L 660 540 Q 500 560 340 540 Z");
        p.Fill(back, p.Cylinder(330, 670, Darken(f, 0.1f)));
        using var seat = Svg("M 320 545 Q 500 520 680 545 L 690 600 Q 500 660 310 600 Z");
        p.Fill(seat, p.V(520, 650, [Lighten(f, 0.15f), Darken(f, 0.3f)]));
        p.Line(320, 270, 320, 560, frame, 12);
        p.Line(680, 270, 680, 560, frame, 12);
        foreach (var x in new[] { 270f, 730f })
        {
            p.RoundRect(new SKRect(x - 45, 450, x + 45, 478), 10, p.V(450, 478, [Lighten(f, 0.2f), Darken(f, 0.3f)]));
            p.Line(x, 478, x - (x < 500 ? -40 : 40), 560, frame, 10);
        }
        p.Oval(750, 446, 26, 9, Darken(f, 0.5f));
        p.Line(340, 330, 660, 330, Lighten(f, 0.3f).WithAlpha(90), 5);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Lighting
    // ---------------------------------------------------------------------------------------------------------------

    private static void DeskLamp(Painter p)
    {
        var m = p.Colour;
        p.Shadow(380, 788, 150, 22, 0.35f);
        // Light falling on the desk.
        p.Oval(760, 780, 140, 28, new SKColor(0xff, 0xf1, 0xc8).WithAlpha(120), blur: 30);
        p.Oval(380, 770, 130, 30, p.V(740, 800, [Darken(m, 0.2f), Darken(m, 0.5f)]));
        p.Oval(380, 760, 130, 28, p.V(732, 788, [Lighten(m, 0.35f), m]));
        // Arms with springs and joints.
        p.Line(380, 752, 530, 420, Darken(m, 0.15f), 18);
        p.Line(400, 752, 550, 420, Lighten(m, 0.2f).WithAlpha(120), 4);
        p.Line(530, 420, 690, 300, Darken(m, 0.15f), 16);
        for (var i = 0; i < 8; i++) p.Line(440 + i * 8, 640 - i * 18, 452 + i * 8, 636 - i * 18, DarkSteel, 3);
        p.Rivet(380, 752, 16);
        p.Rivet(530, 420, 16);
        // Conical shade pointing down and to the right.
        var cnv = p.Canvas;
        cnv.Save();
        cnv.RotateDegrees(35, 700, 300);
        using var shade = Svg("M 665 290 L 735 290 L 800 450 Q 700 480 600 450 Z");
        p.Fill(shade, p.Cylinder(600, 800, m));
        p.Oval(700, 452, 100, 24, new SKColor(0xff, 0xf4, 0xd6));
        p.Oval(700, 452, 60, 14, SKColors.White, blur: 6);
        p.RoundRect(new SKRect(675, 262, 725, 296), 8, p.Cylinder(675, 725, m));
        cnv.Restore();
        p.Rivet(690, 300, 14);
    }

    private static void TableLamp(Painter p)
    {
        var b = p.Colour;
        var shade = Mix(b, new SKColor(0xee, 0xe6, 0xd6), 0.65f);
        p.Shadow(500, 785, 170, 24, 0.32f);
        using var vase = Svg("M 430 785 C 330 730 350 580 460 540 L 540 540 C 650 580 670 730 570 785 Z");
        p.Fill(vase, p.Cylinder(360, 640, b));
        p.RoundRect(new SKRect(395, 600, 420, 730), 12, SKColors.White.WithAlpha(60), blur: 8);
        p.RoundRect(new SKRect(478, 480, 522, 545), 6, p.Cylinder(478, 522, Steel));
        // Tapered drum shade, glowing a little from inside.
        using var drum = Svg("M 385 215 L 615 215 L 690 485 L 310 485 Z");
        p.Fill(drum, p.H(310, 690, [Darken(shade, 0.2f), Lighten(shade, 0.2f), Lighten(shade, 0.35f), shade, Darken(shade, 0.25f)], [0, 0.3f, 0.45f, 0.75f, 1]));
        p.Fill(drum, p.V(215, 485, [SKColors.White.WithAlpha(0), new SKColor(0xff, 0xe2, 0xa0).WithAlpha(70)]));
        p.Oval(500, 485, 190, 24, p.V(461, 509, [Lighten(shade, 0.1f), Darken(shade, 0.35f)]));
        p.Oval(500, 215, 115, 14, Darken(shade, 0.3f));
        p.Line(330, 478, 670, 478, Darken(shade, 0.2f).WithAlpha(90), 3);
    }

    private static void FloorLamp(Painter p)
    {
        var s = p.Colour;
        p.Shadow(500, 838, 210, 24, 0.28f);
        // Tripod legs in oak.
        p.Line(500, 470, 330, 840, Darken(Wood, 0.1f), 16);
        p.Line(500, 470, 680, 840, Darken(Wood, 0.25f), 16);
        p.Line(500, 470, 520, 810, Darken(Wood, 0.45f), 12);
        p.Line(503, 480, 338, 838, Lighten(Wood, 0.35f).WithAlpha(120), 4);
        p.Oval(500, 470, 22, 14, p.H(478, 522, [Lighten(Steel, 0.3f), DarkSteel]));
        p.Line(500, 470, 500, 360, DarkSteel, 10);
        // Large drum shade.
        using var drum = Svg("M 350 140 L 650 140 L 690 370 L 310 370 Z");
        p.Fill(drum, p.H(310, 690, [Darken(s, 0.25f), Lighten(s, 0.15f), Lighten(s, 0.3f), s, Darken(s, 0.3f)], [0, 0.3f, 0.45f, 0.75f, 1]));
        p.Oval(500, 370, 190, 22, p.V(348, 392, [Lighten(s, 0.1f), Darken(s, 0.35f)]));
        p.Oval(500, 372, 120, 12, new SKColor(0xff, 0xf0, 0xc8).WithAlpha(200), blur: 8);
        p.Oval(500, 140, 150, 16, Darken(s, 0.35f));
    }

    private static void Pendant(Painter p)
    {
        var m = p.Colour;
        // Warm pool of light below, cord from the ceiling.
        p.Oval(500, 840, 260, 50, new SKColor(0xff, 0xee, 0xc4).WithAlpha(150), blur: 40);
        p.Line(500, 0, 500, 330, Rubber, 7);
        p.RoundRect(new SKRect(478, 300, 522, 350), 6, p.Cylinder(478, 522, Darken(m, 0.1f)));
        using var dome = Svg("M 230 580 C 240 420 370 342 500 342 C 630 342 760 420 770 580 Z");
        p.Fill(dome, p.Radial(410, 400, 420, [Lighten(m, 0.45f), m, Darken(m, 0.4f)]));
        p.Oval(400, 420, 80, 30, SKColors.White.WithAlpha(70), blur: 14);
        p.Oval(500, 580, 270, 40, p.V(540, 620, [Darken(m, 0.1f), Darken(m, 0.35f)]));
        p.Oval(500, 584, 252, 32, new SKColor(0xfb, 0xf3, 0xe2));
        p.Oval(500, 590, 80, 20, new SKColor(0xff, 0xe7, 0xa8), blur: 16);
        p.Oval(500, 588, 48, 14, SKColors.White, blur: 4);
    }

    private static void Lantern(Painter p)
    {
        var m = p.Colour;
        p.Shadow(500, 780, 150, 22, 0.33f);
        // Glow and candle behind the glass.
        p.Oval(500, 520, 90, 110, new SKColor(0xff, 0xd9, 0x8a).WithAlpha(170), blur: 40);
        p.RoundRect(new SKRect(465, 540, 535, 700), 8, p.Cylinder(465, 535, new SKColor(0xf3, 0xec, 0xdc)));
        using var flame = Svg("M 500 470 Q 520 505 512 525 Q 500 540 488 525 Q 480 505 500 470 Z");
        p.Fill(flame, p.V(470, 540, [new SKColor(0xff, 0xf6, 0xc8), new SKColor(0xff, 0xb0, 0x40)]));
        p.RoundRect(new SKRect(395, 360, 605, 710), 10, p.H(395, 605, [SKColors.White.WithAlpha(70), SKColors.White.WithAlpha(10), SKColors.White.WithAlpha(90), SKColors.White.WithAlpha(10)], [0, 0.2f, 0.3f, 1]));
        foreach (var x in new[] { 395f, 500f, 605f }) p.Line(x, 360, x, 710, Darken(m, 0.15f), x == 500 ? 6 : 12);
        // Cap, ring and base.
        using var cap = Svg("M 380 365 L 420 300 L 580 300 L 620 365 Z");
        p.Fill(cap, p.Cylinder(380, 620, m));
        p.RoundRect(new SKRect(470, 280, 530, 304), 8, Darken(m, 0.2f));
        using var ring = Svg("M 440 290 Q 440 200 500 200 Q 560 200 560 290");
        p.Stroke(ring, Darken(m, 0.25f), 12);
        p.RoundRect(new SKRect(380, 705, 620, 780), 12, p.Cylinder(380, 620, m));
    }

    private static void Bulb(Painter p)
    {
        var g = p.Colour;
        p.Shadow(500, 800, 110, 18, 0.30f);
        // Glow, glass globe, filament.
        p.Oval(500, 400, 230, 230, new SKColor(0xff, 0xd8, 0x90).WithAlpha(110), blur: 50);
        using var globe = Svg("M 440 640 C 440 580 290 530 290 390 C 290 270 390 190 500 190 C 610 190 710 270 710 390 C 710 530 560 580 560 640 Z");
        p.Fill(globe, p.Radial(440, 330, 320, [Lighten(g, 0.75f).WithAlpha(170), g.WithAlpha(130), Darken(g, 0.2f).WithAlpha(180)]));
        p.Stroke(globe, Darken(g, 0.2f).WithAlpha(130), 3);
        p.Line(470, 640, 470, 440, DarkSteel, 3);
        p.Line(530, 640, 530, 440, DarkSteel, 3);
        using var filament = Svg("M 470 440 L 482 360 L 494 440 L 506 360 L 518 440 L 530 360");
        p.Stroke(filament, new SKColor(0xff, 0xc8, 0x60), 10, blur: 8);
        p.Stroke(filament, new SKColor(0xff, 0xf4, 0xd0), 4);
        using var highlight = Svg("M 360 330 Q 380 250 460 225");
        p.Stroke(highlight, SKColors.White.WithAlpha(160), 14, blur: 3);
        // Screw base.
        p.RoundRect(new SKRect(438, 636, 562, 760), 10, p.Cylinder(438, 562, Steel));
        for (var y = 660f; y < 750; y += 22) p.Line(440, y, 560, y + 8, DarkSteel.WithAlpha(170), 4);
        using var tip = Svg("M 460 758 L 540 758 L 520 792 L 480 792 Z");
        p.Fill(tip, Rubber);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Furniture
    // ---------------------------------------------------------------------------------------------------------------

    private static void Chair(Painter p)
    {
        var w = p.Colour;
        var spindles = p.Random.Next(2) == 0;
        p.Shadow(500, 815, 250, 30, 0.30f);
        // Back legs, then back rest, seat and front legs.
        p.Line(365, 560, 372, 790, Darken(w, 0.45f), 18);
        p.Line(640, 548, 640, 780, Darken(w, 0.5f), 18);
        p.Line(360, 560, 352, 200, Darken(w, 0.15f), 20);
        p.Line(645, 548, 650, 190, Darken(w, 0.3f), 20);
        using var rail = Svg("M 340 200 Q 500 160 662 190 L 662 250 Q 500 220 340 262 Z");
        p.Fill(rail, p.V(170, 262, [Lighten(w, 0.3f), Darken(w, 0.2f)]));
        if (spindles)
            for (var i = 1; i <= 4; i++)
                p.Line(360 + i * 57, 245 - i * 4, 362 + i * 57, 550, Darken(w, 0.2f), 9);
        else
        {
            using var board = Svg("M 365 330 Q 500 300 640 322 L 640 400 Q 500 380 365 410 Z");
            p.Fill(board, p.V(300, 410, [Lighten(w, 0.2f), Darken(w, 0.2f)]));
        }
        using var seatEdge = Svg("M 300 600 L 300 630 Q 500 680 700 625 L 700 595 Z");
        p.Fill(seatEdge, p.V(595, 680, [Darken(w, 0.2f), Darken(w, 0.45f)]));
        using var seat = Svg("M 300 600 Q 320 540 370 540 L 640 530 Q 690 535 700 595 Q 500 650 300 600 Z");
        p.Fill(seat, p.Linear(new SKPoint(320, 530), new SKPoint(680, 650), [Lighten(w, 0.35f), w, Darken(w, 0.1f)]));
        p.Line(335, 628, 322, 830, p.Colour, 20);
        p.Line(665, 622, 678, 825, Darken(w, 0.15f), 20);
        p.Line(338, 640, 328, 820, Lighten(w, 0.35f).WithAlpha(120), 5);
    }

    private static void OfficeChair(Painter p)
    {
        var u = p.Colour;
        var frame = new SKColor(0x30, 0x32, 0x36);
        p.Shadow(500, 815, 260, 34, 0.32f);
        // Five-star base with castors.
        var hub = new SKPoint(500, 760);
        foreach (var (x, y) in new[] { (290f, 790f), (710f, 790f), (380f, 830f), (625f, 830f), (520f, 770f) })
        {
            p.Line(hub.X, hub.Y, x, y - 14, frame, 22);
            p.Oval(x, y, 22, 16, Rubber);
        }
        p.RoundRect(new SKRect(482, 560, 518, 760), 8, p.Cylinder(482, 518, Steel));
        // Back rest with mesh and its spine.
        p.RoundRect(new SKRect(480, 470, 520, 560), 6, frame);
        using var back = Svg("M 360 200 Q 360 150 420 145 L 580 145 Q 640 150 640 200 L 625 470 Q 620 500 590 502 L 410 502 Q 380 500 375 470 Z");
        p.Fill(back, p.Cylinder(360, 640, u));
        for (var i = 0; i < 14; i++) p.Line(380 + i * 17, 160, 385 + i * 17, 495, Darken(u, 0.3f).WithAlpha(45), 3);
        p.Oval(500, 390, 95, 40, Lighten(u, 0.15f).WithAlpha(90), blur: 10);
        // Seat and arms.
        using var seat = Svg("M 320 560 Q 330 515 380 512 L 620 512 Q 670 515 680 560 Q 680 600 640 606 L 360 606 Q 320 600 320 560 Z");
        p.Fill(seat, p.V(510, 606, [Lighten(u, 0.25f), u, Darken(u, 0.35f)]));
        foreach (var x in new[] { 330f, 670f })
        {
            p.Line(x, 560, x, 450, frame, 14);
            p.RoundRect(new SKRect(x - 45, 432, x + 45, 458), 12, p.V(432, 458, [Lighten(frame, 0.3f), frame]));
        }
    }

    private static void Desk(Painter p)
    {
        var w = p.Colour;
        var legs = Luminance(w) > 0.8f ? new SKColor(0xe8, 0xe8, 0xe6) : new SKColor(0x2e, 0x30, 0x34);
        p.Shadow(520, 800, 380, 40, 0.28f);
        // Legs: telescopic columns with feet going back.
        foreach (var (x, y, depth) in new[] { (300f, 525f, 1f), (770f, 448f, 0.8f) })
        {
            p.RoundRect(new SKRect(x - 22, y, x + 22, y + 150), 4, p.Cylinder(x - 22, x + 22, Lighten(legs, 0.1f)));
            p.RoundRect(new SKRect(x - 26, y + 150, x + 26, 790 - (1 - depth) * 40), 4, p.Cylinder(x - 26, x + 26, legs));
            using var foot = Svg($"M {x - 70} {800 - (1 - depth) * 40} L {x + 90} {770 - (1 - depth) * 40} L {x + 90} {750 - (1 - depth) * 40} L {x - 70} {780 - (1 - depth) * 40} Z");
            p.Fill(foot, p.V(750, 800, [Lighten(legs, 0.2f), legs]));
        }
        p.Line(300, 540, 770, 462, Darken(legs, 0.2f), 14);
        // Top: the surface, then its front and side edges.
        using var front = Svg("M 150 470 L 340 540 L 880 430 L 880 455 L 340 568 L 150 495 Z");
        p.Fill(front, p.V(430, 568, [Darken(w, 0.25f), Darken(w, 0.45f)]));
        using var top = Svg("M 150 470 L 690 370 L 880 430 L 340 540 Z");
        p.Fill(top, p.Linear(new SKPoint(200, 380), new SKPoint(820, 540), [Lighten(w, 0.3f), w, Darken(w, 0.1f)]));
        for (var i = 1; i < 8; i++)
        {
            var t = i / 8f;
            using var grain = Svg($"M {150 + 190 * t} {470 + 70 * t} L {690 + 190 * t} {370 + 60 * t}");
            p.Stroke(grain, Darken(w, 0.25f).WithAlpha(40), 2);
        }
        p.RoundRect(new SKRect(700, 462, 760, 478), 4, Rubber);
    }

    private static void Shelf(Painter p)
    {
        var w = p.Colour;
        p.Shadow(500, 690, 340, 40, 0.28f);
        foreach (var x in new[] { 230f, 720f })
        {
            using var leg = Svg($"M {x} 520 L {x + 50} 510 L {x + 50} 660 L {x} 680 Z");
            p.Fill(leg, p.V(510, 680, [Darken(w, 0.1f), Darken(w, 0.4f)]));
        }
        using var front = Svg("M 200 520 L 770 520 L 770 550 L 200 550 Z");
        p.Fill(front, p.V(520, 550, [Darken(w, 0.2f), Darken(w, 0.4f)]));
        using var top = Svg("M 200 520 L 290 440 L 830 440 L 770 520 Z");
        p.Fill(top, p.Linear(new SKPoint(250, 440), new SKPoint(780, 520), [Lighten(w, 0.3f), w]));
        using var side = Svg("M 770 520 L 830 440 L 830 470 L 770 550 Z");
        p.Fill(side, Darken(w, 0.3f));
    }

    private static void Box(Painter p)
    {
        var b = p.Colour;
        var open = p.Random.Next(2) == 0;
        p.Shadow(500, 760, 300, 44, 0.30f);
        using var left = Svg("M 220 440 L 480 520 L 480 770 L 220 690 Z");
        p.Fill(left, p.V(440, 770, [b, Darken(b, 0.2f)]));
        using var right = Svg("M 480 520 L 790 430 L 790 680 L 480 770 Z");
        p.Fill(right, p.V(430, 770, [Darken(b, 0.2f), Darken(b, 0.4f)]));
        if (open)
        {
            using var rim = Svg("M 220 440 L 530 350 L 790 430 L 480 520 Z");
            p.Fill(rim, Lighten(b, 0.2f));
            using var inside = Svg("M 245 442 L 530 362 L 765 432 L 480 508 Z");
            p.Fill(inside, p.V(362, 508, [Darken(b, 0.55f), Darken(b, 0.3f)]));
            using var divider = Svg("M 380 400 L 640 475 L 640 445 L 380 372 Z");
            p.Fill(divider, Lighten(b, 0.1f));
        }
        else
        {
            using var lidLeft = Svg("M 210 425 L 480 508 L 480 560 L 210 477 Z");
            p.Fill(lidLeft, p.V(425, 560, [Lighten(b, 0.1f), Darken(b, 0.1f)]));
            using var lidRight = Svg("M 480 508 L 800 415 L 800 467 L 480 560 Z");
            p.Fill(lidRight, Darken(b, 0.25f));
            using var lid = Svg("M 210 425 L 530 332 L 800 415 L 480 508 Z");
            p.Fill(lid, p.Linear(new SKPoint(300, 340), new SKPoint(700, 500), [Lighten(b, 0.35f), Lighten(b, 0.1f)]));
            p.RoundRect(new SKRect(320, 600, 380, 620), 8, Darken(b, 0.45f));
        }
    }

    private static void Plant(Painter p)
    {
        var pot = p.Colour;
        var style = p.Random.Next(3);
        p.Shadow(500, 785, 160, 24, 0.33f);
        var leaf = new SKColor(0x3f, 0x7a, 0x3c);
        var leafDark = new SKColor(0x24, 0x4f, 0x27);
        if (style == 0)
        {
            // Snake plant: tall pointed blades.
            for (var i = 0; i < 7; i++)
            {
                var x = 420 + i * 27 + p.Random.Next(-8, 8);
                var top = 170 + p.Random.Next(0, 170);
                var lean = (i - 3) * 28 + p.Random.Next(-15, 15);
                using var blade = Svg($"M {x - 22} 590 Q {x - 26 + lean / 2} {top + 160} {x + lean} {top} Q {x + 26 + lean / 2} {top + 160} {x + 22} 590 Z");
                p.Fill(blade, p.H(x - 22 + lean, x + 22 + lean, [leafDark, leaf, Mix(leaf, new SKColor(0xc8, 0xc0, 0x60), 0.4f)]));
                p.Stroke(blade, new SKColor(0xb8, 0xb4, 0x58).WithAlpha(200), 3);
            }
        }
        else
        {
            // Round leaves on stems (a fig or pothos), or small olive leaves.
            var small = style == 2;
            if (small) p.Line(500, 600, 505, 300, new SKColor(0x6b, 0x55, 0x40), 14);
            var count = small ? 60 : 16;
            for (var i = 0; i < count; i++)
            {
                var angle = p.Random.NextDouble() * Math.PI - Math.PI;
                var r = (small ? 120 : 170) * Math.Sqrt(p.Random.NextDouble());
                var cx = (float)(500 + Math.Cos(angle) * r * 1.3);
                var cy = (float)((small ? 300 : 380) + Math.Sin(angle) * r * 0.9);
                if (!small) p.Line(500, 590, cx, cy + 30, leafDark, 5);
                var c = p.Canvas;
                c.Save();
                c.RotateDegrees(p.Random.Next(-60, 60), cx, cy);
                var (rx, ry) = small ? (34f, 10f) : (70f, 48f);
                var shade = Mix(leafDark, leaf, (float)p.Random.NextDouble());
                p.Oval(cx, cy, rx, ry, p.V(cy - ry, cy + ry, [Lighten(shade, 0.25f), shade]));
                p.Line(cx - rx * 0.8f, cy, cx + rx * 0.8f, cy, Darken(shade, 0.3f).WithAlpha(150), 2);
                c.Restore();
            }
        }
        // Pot with rim and soil.
        using var body = Svg("M 385 590 L 615 590 L 585 785 L 415 785 Z");
        p.Fill(body, p.Cylinder(385, 615, pot));
        p.RoundRect(new SKRect(370, 565, 630, 615), 8, p.Cylinder(370, 630, Lighten(pot, 0.08f)));
        p.Oval(500, 568, 128, 16, new SKColor(0x3b, 0x2c, 0x22));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Audio
    // ---------------------------------------------------------------------------------------------------------------

    private static void Headphones(Painter p)
    {
        var h = p.Colour;
        p.Shadow(500, 790, 260, 28, 0.33f);
        // Headband with its padding.
        using var band = Svg("M 300 560 C 270 300 360 180 500 180 C 640 180 730 300 700 560");
        p.Stroke(band, Darken(h, 0.15f), 46);
        p.Stroke(band, Lighten(h, 0.35f).WithAlpha(120), 8);
        using var pad = Svg("M 360 310 C 400 230 600 230 640 310");
        p.Stroke(pad, Darken(h, 0.5f), 30);
        foreach (var (x, flip) in new[] { (318f, -1f), (682f, 1f) })
        {
            // Metal slider, yoke, cup and cushion.
            p.RoundRect(new SKRect(x - 10, 430, x + 10, 520), 4, p.Cylinder(x - 10, x + 10, Steel));
            using var yoke = Svg($"M {x - 55} 560 Q {x - 55} 505 {x} 505 Q {x + 55} 505 {x + 55} 560");
            p.Stroke(yoke, Darken(h, 0.3f), 12);
            p.Oval(x, 640, 95, 125, p.Radial(x - 30, 590, 170, [Lighten(h, 0.35f), h, Darken(h, 0.45f)]));
            p.Oval(x - flip * 45, 640, 48, 118, p.H(x - flip * 45 - 48, x - flip * 45 + 48, [Rubber, Lighten(Rubber, 0.2f), Rubber]));
            p.Oval(x - 25, 590, 28, 40, SKColors.White.WithAlpha(60), blur: 10);
        }
    }

    private static void Earbuds(Painter p)
    {
        var b = p.Colour;
        p.Shadow(480, 740, 230, 28, 0.33f);
        // Charging case with its lid seam and light.
        p.RoundRect(new SKRect(320, 440, 640, 735), 110, p.Cylinder(320, 640, b));
        p.Line(330, 530, 630, 530, Darken(b, 0.3f), 3);
        p.Oval(480, 610, 7, 7, new SKColor(0x6c, 0xd0, 0x80));
        p.RoundRect(new SKRect(360, 460, 390, 700), 14, SKColors.White.WithAlpha(60), blur: 8);
        // Two buds in front.
        foreach (var (x, y, tilt) in new[] { (640f, 650f, 20f), (735f, 690f, -15f) })
        {
            var c = p.Canvas;
            c.Save();
            c.RotateDegrees(tilt, x, y);
            p.Shadow(x, y + 75, 55, 12, 0.25f);
            p.RoundRect(new SKRect(x - 16, y, x + 16, y + 80), 14, p.Cylinder(x - 16, x + 16, b));
            p.Oval(x, y - 10, 50, 44, p.Radial(x - 15, y - 25, 70, [Lighten(b, 0.4f), b, Darken(b, 0.35f)]));
            p.Oval(x - 38, y - 14, 18, 26, Darken(b, 0.55f));
            c.Restore();
        }
    }

    private static void Speaker(Painter p)
    {
        var w = p.Colour;
        var pair = p.Random.Next(3) != 0;
        p.Shadow(520, 790, 300, 32, 0.30f);
        if (pair) Cabinet(p, Darken(w, 0.15f), 250, 300, 0.82f);
        Cabinet(p, w, 470, 250, 1f);
    }

    private static void Cabinet(Painter p, SKColor w, float x, float top, float scale)
    {
        var width = 260 * scale;
        var bottom = 785f;
        var depth = 70 * scale;
        using var side = Svg($"M {x + width} {top} L {x + width + depth} {top - 25} L {x + width + depth} {bottom - 25} L {x + width} {bottom} Z");
        p.Fill(side, p.V(top, bottom, [Darken(w, 0.3f), Darken(w, 0.5f)]));
        using var lid = Svg($"M {x} {top} L {x + depth} {top - 25} L {x + width + depth} {top - 25} L {x + width} {top} Z");
        p.Fill(lid, Lighten(w, 0.2f));
        p.FillRect(new SKRect(x, top, x + width, bottom), p.Linear(new SKPoint(x, top), new SKPoint(x + width, bottom), [Lighten(w, 0.15f), Darken(w, 0.15f)]));
        // Front baffle with the tweeter and the woofer.
        var baffle = new SKRect(x + 14 * scale, top + 14 * scale, x + width - 14 * scale, bottom - 14 * scale);
        p.RoundRect(baffle, 6, new SKColor(0x26, 0x27, 0x2a));
        var cx = baffle.MidX;
        var woofer = bottom - 165 * scale;
        var radius = 95 * scale;
        p.Oval(cx, woofer, radius, radius, p.Radial(cx - 20, woofer - 20, radius * 1.2f, [new SKColor(0x55, 0x57, 0x5c), new SKColor(0x1a, 0x1b, 0x1d)]));
        p.Oval(cx, woofer, radius * 0.78f, radius * 0.78f, p.Radial(cx - 15, woofer - 25, radius, [new SKColor(0x6a, 0x6d, 0x73), new SKColor(0x22, 0x23, 0x26)]));
        p.Oval(cx, woofer, radius * 0.28f, radius * 0.28f, p.Radial(cx - 8, woofer - 8, radius * 0.3f, [new SKColor(0x8a, 0x8d, 0x92), new SKColor(0x30, 0x31, 0x34)]));
        var tweeter = top + 100 * scale;
        p.Oval(cx, tweeter, 45 * scale, 45 * scale, p.Radial(cx, tweeter, 45 * scale, [new SKColor(0x3a, 0x3b, 0x3e), new SKColor(0x15, 0x15, 0x17)]));
        p.Oval(cx, tweeter, 20 * scale, 20 * scale, p.Radial(cx - 6, tweeter - 6, 22 * scale, [Steel, DarkSteel]));
    }

    private static void PortableSpeaker(Painter p)
    {
        var f = p.Colour;
        p.Shadow(500, 700, 290, 30, 0.35f);
        // Strap loop at the left end.
        using var strap = Svg("M 230 520 Q 160 520 160 580 Q 160 640 230 640");
        p.Stroke(strap, Darken(f, 0.4f), 16);
        p.RoundRect(new SKRect(220, 450, 780, 690), 120, p.V(450, 690, [Lighten(f, 0.3f), f, Darken(f, 0.45f)], [0, 0.35f, 1]));
        // Fabric texture.
        for (var y = 475f; y < 670; y += 14)
            for (var x = 260f + (y % 28 == 0 ? 7 : 0); x < 740; x += 14)
                p.Oval(x, y, 2.2f, 2.2f, Darken(f, 0.35f).WithAlpha(90));
        // Rubber end cap and buttons.
        p.Oval(745, 570, 42, 118, p.H(703, 787, [Darken(f, 0.6f), Darken(f, 0.35f)]));
        foreach (var x in new[] { 440f, 500f, 560f }) p.Oval(x, 462, 16, 6, Darken(f, 0.5f));
        p.RoundRect(new SKRect(300, 485, 700, 500), 8, SKColors.White.WithAlpha(50), blur: 6);
    }

    private static void Turntable(Painter p)
    {
        var w = p.Colour;
        p.Shadow(510, 720, 360, 40, 0.28f);
        using var front = Svg("M 160 520 L 410 640 L 860 520 L 860 565 L 410 690 L 160 565 Z");
        p.Fill(front, p.V(520, 690, [Darken(w, 0.2f), Darken(w, 0.45f)]));
        using var top = Svg("M 160 520 L 610 410 L 860 520 L 410 640 Z");
        p.Fill(top, p.Linear(new SKPoint(250, 420), new SKPoint(750, 620), [Lighten(w, 0.3f), w]));
        // Platter, record and label.
        p.Oval(490, 520, 230, 92, p.H(260, 720, [DarkSteel, Lighten(Steel, 0.4f), DarkSteel]));
        p.Oval(490, 512, 220, 86, new SKColor(0x17, 0x17, 0x19));
        for (var r = 0.45f; r < 1f; r += 0.07f)
            p.StrokeOval(490, 512, 210 * r, 82 * r, SKColors.White.WithAlpha(22), 2);
        p.Oval(420, 480, 90, 18, SKColors.White.WithAlpha(28), blur: 8);
        var label = new[] { new SKColor(0xc0, 0x3a, 0x32), new SKColor(0xe0, 0xb0, 0x40), new SKColor(0x3b, 0x5b, 0x8c) }[p.Random.Next(3)];
        p.Oval(490, 512, 60, 24, label);
        p.Oval(490, 510, 5, 3, Steel);
        // Tonearm.
        p.Oval(760, 490, 30, 16, p.H(730, 790, [Lighten(Steel, 0.4f), DarkSteel]));
        p.Line(760, 488, 640, 555, Lighten(Steel, 0.2f), 7);
        p.RoundRect(new SKRect(600, 545, 650, 575), 4, Rubber);
    }

    private static void Radio(Painter p)
    {
        var b = p.Colour;
        p.Shadow(500, 760, 280, 30, 0.33f);
        using var handle = Svg("M 320 390 Q 320 250 500 250 Q 680 250 680 390");
        p.Stroke(handle, Darken(b, 0.4f), 26);
        p.RoundRect(new SKRect(240, 370, 760, 755), 46, p.Linear(new SKPoint(240, 370), new SKPoint(760, 755), [Lighten(b, 0.3f), b, Darken(b, 0.3f)]));
        // Grille with slats.
        p.RoundRect(new SKRect(285, 420, 525, 705), 22, new SKColor(0xd8, 0xcf, 0xbf));
        for (var y = 440f; y < 700; y += 22) p.Line(300, y, 510, y, new SKColor(0x8e, 0x85, 0x77), 7);
        // Dial window and knobs.
        p.RoundRect(new SKRect(565, 425, 715, 520), 12, new SKColor(0xf4, 0xee, 0xe0));
        for (var x = 580f; x < 705; x += 12) p.Line(x, 440, x, x % 24 == 4 ? 470 : 458, new SKColor(0x50, 0x4a, 0x44), 2);
        p.Line(640, 435, 640, 510, new SKColor(0xc8, 0x30, 0x28), 3);
        foreach (var x in new[] { 600f, 680f })
        {
            p.Oval(x, 620, 34, 34, p.Radial(x - 10, 608, 40, [Lighten(Steel, 0.4f), DarkSteel]));
            p.Oval(x, 620, 14, 14, Darken(Steel, 0.2f));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Bags
    // ---------------------------------------------------------------------------------------------------------------

    private static void Backpack(Painter p)
    {
        var b = p.Colour;
        p.Shadow(500, 805, 210, 26, 0.33f);
        // Shoulder straps peeking out, top handle.
        p.Line(345, 320, 315, 640, Darken(b, 0.5f), 34);
        p.Line(655, 320, 685, 640, Darken(b, 0.5f), 34);
        using var loop = Svg("M 450 235 Q 450 175 500 175 Q 550 175 550 235");
        p.Stroke(loop, Darken(b, 0.35f), 16);
        using var body = Svg("M 335 790 L 335 340 C 335 215 665 215 665 340 L 665 790 Q 665 805 645 805 L 355 805 Q 335 805 335 790 Z");
        p.Fill(body, p.Cylinder(335, 665, b));
        using var zip = Svg("M 360 420 C 370 270 630 270 640 420");
        p.Stroke(zip, Darken(b, 0.45f), 5);
        p.Oval(640, 425, 9, 14, Steel);
        // Front pocket with its zip and pull.
        using var pocket = Svg("M 375 560 Q 375 530 405 530 L 595 530 Q 625 530 625 560 L 625 770 L 375 770 Z");
        p.Fill(pocket, p.V(530, 770, [Lighten(b, 0.15f), Darken(b, 0.15f)]));
        p.Stroke(pocket, Darken(b, 0.4f).WithAlpha(160), 3);
        p.Line(395, 555, 605, 555, Darken(b, 0.5f), 5);
        p.RoundRect(new SKRect(585, 555, 600, 600), 5, Rubber);
        p.RoundRect(new SKRect(470, 300, 530, 330), 6, new SKColor(0x9a, 0x6a, 0x42));
    }

    private static void Tote(Painter p)
    {
        var b = p.Colour;
        p.Shadow(500, 800, 220, 26, 0.33f);
        using var back = Svg("M 395 430 Q 390 230 500 230 Q 610 230 605 430");
        p.Stroke(back, Darken(b, 0.45f), 22);
        using var body = Svg("M 290 420 L 710 420 L 690 780 Q 688 800 668 800 L 332 800 Q 312 800 310 780 Z");
        p.Fill(body, p.Cylinder(290, 710, b));
        p.Oval(500, 420, 210, 14, Darken(b, 0.45f));
        p.Line(300, 470, 700, 470, Darken(b, 0.35f).WithAlpha(120), 3, dashed: true);
        using var front = Svg("M 380 440 Q 375 260 500 260 Q 625 260 620 440");
        p.Stroke(front, Darken(b, 0.15f), 22);
        p.Stroke(front, Lighten(b, 0.25f).WithAlpha(110), 5);
        foreach (var x in new[] { 380f, 620f }) p.RoundRect(new SKRect(x - 16, 420, x + 16, 470), 4, Darken(b, 0.2f));
    }

    private static void Duffel(Painter p)
    {
        var b = p.Colour;
        var trim = new SKColor(0x8a, 0x55, 0x30);
        p.Shadow(500, 780, 320, 32, 0.33f);
        using var handles = Svg("M 410 440 Q 410 300 500 300 Q 590 300 590 440");
        p.Stroke(handles, trim, 22);
        using var body = Svg("M 190 740 C 170 560 250 430 400 425 L 600 425 C 750 430 830 560 810 740 Q 805 780 760 780 L 240 780 Q 195 780 190 740 Z");
        p.Fill(body, p.V(425, 780, [Lighten(b, 0.3f), b, Darken(b, 0.35f)], [0, 0.35f, 1]));
        using var end = Svg("M 700 450 C 800 500 820 640 800 760 Q 760 700 720 520 Z");
        p.Fill(end, Darken(b, 0.3f));
        using var zip = Svg("M 280 520 C 360 440 640 440 720 520");
        p.Stroke(zip, Darken(b, 0.5f), 5);
        p.RoundRect(new SKRect(700, 515, 720, 560), 5, Steel);
        foreach (var x in new[] { 390f, 610f }) p.RoundRect(new SKRect(x - 18, 425, x + 18, 780), 6, p.Cylinder(x - 18, x + 18, trim));
    }

    private static void Messenger(Painter p)
    {
        var b = p.Colour;
        p.Shadow(500, 795, 270, 28, 0.33f);
        using var strap = Svg("M 285 420 C 270 140 730 140 715 420");
        p.Stroke(strap, Darken(b, 0.35f), 24);
        p.RoundRect(new SKRect(260, 400, 740, 790), 26, p.Cylinder(260, 740, Darken(b, 0.1f)));
        // Flap over the front with two straps and buckles.
        using var flap = Svg("M 255 400 L 745 400 L 745 640 Q 745 680 705 680 L 295 680 Q 255 680 255 640 Z");
        p.Fill(flap, p.V(400, 680, [Lighten(b, 0.3f), b, Darken(b, 0.15f)]));
        p.Line(275, 420, 725, 420, Darken(b, 0.3f).WithAlpha(120), 3, dashed: true);
        foreach (var x in new[] { 380f, 620f })
        {
            p.RoundRect(new SKRect(x - 20, 520, x + 20, 720), 4, p.Cylinder(x - 20, x + 20, Darken(b, 0.25f)));
            p.RoundRect(new SKRect(x - 28, 640, x + 28, 680), 5, Lighten(new SKColor(0xc4, 0x9b, 0x48), 0.1f));
            p.RoundRect(new SKRect(x - 18, 648, x + 18, 672), 3, Darken(b, 0.25f));
        }
    }

    private static void Suitcase(Painter p)
    {
        var b = p.Colour;
        p.Shadow(520, 815, 220, 26, 0.33f);
        // Telescopic handle.
        p.Line(430, 280, 430, 120, Steel, 12);
        p.Line(570, 280, 570, 120, Steel, 12);
        p.RoundRect(new SKRect(415, 100, 585, 135), 12, Rubber);
        // Side and front shell with ridges.
        using var side = Svg("M 660 270 L 720 250 L 720 770 L 660 790 Z");
        p.Fill(side, p.V(250, 790, [Darken(b, 0.3f), Darken(b, 0.5f)]));
        p.RoundRect(new SKRect(330, 260, 670, 795), 34, p.Linear(new SKPoint(330, 260), new SKPoint(670, 795), [Lighten(b, 0.3f), b, Darken(b, 0.2f)]));
        foreach (var x in new[] { 400f, 455f, 545f, 600f })
        {
            p.Line(x, 300, x, 755, Darken(b, 0.25f).WithAlpha(120), 7);
            p.Line(x + 6, 300, x + 6, 755, Lighten(b, 0.3f).WithAlpha(100), 3);
        }
        p.RoundRect(new SKRect(690, 450, 712, 560), 8, Rubber);
        foreach (var x in new[] { 370f, 630f, 700f }) p.Oval(x, 810, 20, 14, Rubber);
    }

    private static void Wallet(Painter p)
    {
        var l = p.Colour;
        var c = p.Canvas;
        c.Save();
        c.RotateDegrees(-9, 500, 550);
        p.Shadow(510, 700, 260, 30, 0.33f);
        // A card peeking out, then the wallet with its slot and stitching.
        var card = new[] { new SKColor(0x3b, 0x5b, 0x8c), new SKColor(0xe6, 0xe2, 0xda), new SKColor(0x2d, 0x74, 0x72) }[p.Random.Next(3)];
        p.RoundRect(new SKRect(330, 380, 660, 560), 16, p.V(380, 560, [Lighten(card, 0.2f), card]));
        p.RoundRect(new SKRect(350, 410, 420, 440), 4, new SKColor(0xd8, 0xbc, 0x6c));
        p.RoundRect(new SKRect(270, 440, 730, 690), 28, p.Linear(new SKPoint(270, 440), new SKPoint(730, 690), [Lighten(l, 0.3f), l, Darken(l, 0.25f)]));
        using var slot = Svg("M 300 470 Q 500 500 700 470");
        p.Stroke(slot, Darken(l, 0.5f), 5);
        p.StrokeRoundRect(new SKRect(290, 460, 710, 670), 20, Lighten(l, 0.4f).WithAlpha(150), 3, dashed: true);
        c.Restore();
    }

    private static void Pouch(Painter p)
    {
        var f = p.Colour;
        p.Shadow(500, 760, 280, 28, 0.33f);
        using var body = Svg("M 240 440 Q 500 420 760 440 Q 785 600 770 740 Q 500 770 230 740 Q 215 600 240 440 Z");
        p.Fill(body, p.V(420, 770, [Lighten(f, 0.25f), f, Darken(f, 0.35f)], [0, 0.4f, 1]));
        // Zip with teeth and a pull tab, and a small leather patch.
        using var zip = Svg("M 250 470 Q 500 450 750 470");
        p.Stroke(zip, Darken(f, 0.5f), 12);
        p.Stroke(zip, Steel, 4, dashed: true);
        p.RoundRect(new SKRect(690, 458, 720, 485), 5, Steel);
        p.RoundRect(new SKRect(700, 480, 712, 540), 5, Darken(f, 0.5f));
        p.RoundRect(new SKRect(300, 640, 380, 690), 6, new SKColor(0xa0, 0x70, 0x44));
        p.Oval(500, 560, 200, 40, SKColors.White.WithAlpha(35), blur: 20);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Apparel
    // ---------------------------------------------------------------------------------------------------------------

    private enum Neck { Crew, Collar, Hood, Rib, Zip }

    private static void Garment(Painter p, bool longSleeves, Neck neck)
    {
        var f = p.Colour;
        p.Shadow(500, 830, 230, 20, 0.22f);
        if (neck == Neck.Hood)
        {
            using var hood = Svg("M 395 250 Q 380 110 500 100 Q 620 110 605 250 Z");
            p.Fill(hood, p.Cylinder(380, 620, Darken(f, 0.1f)));
        }
        // One outline: neck, shoulder, sleeve, side, hem and back up the other side.
        var sleeve = longSleeves
            ? "L 705 240 Q 760 260 790 380 L 850 740 L 762 758 L 690 420"
            : "L 705 240 Q 770 265 830 390 L 740 440 L 690 380";
        var sleeveLeft = longSleeves
            ? "L 310 420 L 238 758 L 150 740 L 210 380 Q 240 260 295 240"
            : "L 310 380 L 260 440 L 170 390 Q 230 265 295 240";
        var hem = neck == Neck.Collar ? "L 695 800 Q 600 790 500 820 Q 400 790 305 800" : "L 695 810 Q 500 822 305 810";
        using var body = Svg($"M 420 215 Q 500 {(neck == Neck.Collar ? 300 : 265)} 580 215 {sleeve} {hem} {sleeveLeft} Z");
        p.Fill(body, p.H(150, 850, [Darken(f, 0.3f), Darken(f, 0.05f), Lighten(f, 0.12f), f, Darken(f, 0.25f)], [0, 0.25f, 0.45f, 0.7f, 1]));
        p.Fill(body, p.V(200, 830, [SKColors.White.WithAlpha(35), SKColors.White.WithAlpha(0), SKColors.Black.WithAlpha(35)]));
        p.Stroke(body, Darken(f, 0.4f).WithAlpha(90), 3);
        // Soft folds.
        foreach (var (x0, y0, x1, y1) in new[] { (330f, 420f, 400f, 620f), (650f, 430f, 600f, 640f), (460f, 700f, 520f, 790f) })
        {
            using var fold = Svg($"M {x0} {y0} Q {(x0 + x1) / 2 + 20} {(y0 + y1) / 2} {x1} {y1}");
            p.Stroke(fold, Darken(f, 0.45f).WithAlpha(70), 14, blur: 10);
        }
        p.Line(310, 790, 690, 790, Darken(f, 0.3f).WithAlpha(100), 2, dashed: true);
        // Neckline and front details.
        switch (neck)
        {
            case Neck.Crew:
            case Neck.Rib:
            {
                using var inner = Svg("M 420 215 Q 500 245 580 215 Q 500 262 420 215 Z");
                p.Fill(inner, Darken(f, 0.45f));
                using var rib = Svg("M 418 217 Q 500 272 582 217");
                p.Stroke(rib, Darken(f, 0.12f), neck == Neck.Rib ? 22 : 14);
                if (neck == Neck.Rib)
                {
                    p.FillRect(new SKRect(300, 760, 700, 812), Darken(f, 0.1f).WithAlpha(150));
                    for (var x = 310f; x < 700; x += 10) p.Line(x, 764, x, 808, Darken(f, 0.3f).WithAlpha(60), 2);
                }
                if (longSleeves)
                    foreach (var (a, b) in new[] { ((155f, 712f), (240f, 728f)), ((760f, 728f), (845f, 712f)) })
                        p.Line(a.Item1, a.Item2, b.Item1, b.Item2, Darken(f, 0.25f).WithAlpha(140), 4);
                break;
            }
            case Neck.Collar:
            {
                using var inner = Svg("M 420 215 Q 500 240 580 215 L 500 300 Z");
                p.Fill(inner, Darken(f, 0.4f));
                using var left = Svg("M 420 212 L 500 300 L 430 320 L 400 240 Z");
                using var right = Svg("M 580 212 L 500 300 L 570 320 L 600 240 Z");
                p.Fill(left, p.V(212, 320, [Lighten(f, 0.2f), f]));
                p.Fill(right, p.V(212, 320, [Lighten(f, 0.1f), Darken(f, 0.1f)]));
                p.Stroke(left, Darken(f, 0.35f).WithAlpha(120), 2);
                p.Stroke(right, Darken(f, 0.35f).WithAlpha(120), 2);
                p.Line(500, 300, 500, 810, Darken(f, 0.3f).WithAlpha(110), 3);
                for (var y = 350f; y < 790; y += 85) p.Oval(510, y, 7, 7, Lighten(f, 0.5f));
                p.StrokeRoundRect(new SKRect(560, 380, 640, 470), 4, Darken(f, 0.3f).WithAlpha(110), 3);
                break;
            }
            case Neck.Hood:
            {
                using var opening = Svg("M 415 250 Q 430 150 500 145 Q 570 150 585 250 Q 500 300 415 250 Z");
                p.Fill(opening, p.V(145, 300, [Darken(f, 0.55f), Darken(f, 0.3f)]));
                using var rim = Svg("M 415 250 Q 500 300 585 250");
                p.Stroke(rim, Darken(f, 0.05f), 16);
                foreach (var x in new[] { 470f, 530f })
                {
                    p.Line(x, 275, x + (x < 500 ? -6 : 6), 420, Lighten(f, 0.45f), 6);
                    p.RoundRect(new SKRect(x - 5 + (x < 500 ? -6 : 6), 415, x + 5 + (x < 500 ? -6 : 6), 440), 3, Steel);
                }
                using var pocket = Svg("M 380 600 L 620 600 L 660 760 L 340 760 Z");
                p.Fill(pocket, Darken(f, 0.08f));
                p.Stroke(pocket, Darken(f, 0.35f).WithAlpha(130), 3);
                p.FillRect(new SKRect(305, 770, 695, 812), Darken(f, 0.12f));
                break;
            }
            case Neck.Zip:
            {
                using var collar = Svg("M 410 180 L 590 180 L 600 240 Q 500 270 400 240 Z");
                p.Fill(collar, p.V(180, 270, [Darken(f, 0.15f), f]));
                p.Line(500, 245, 500, 808, Darken(f, 0.5f), 8);
                p.Line(500, 245, 500, 808, Steel, 3, dashed: true);
                p.RoundRect(new SKRect(492, 250, 508, 290), 4, Steel);
                foreach (var x in new[] { 360f, 560f })
                {
                    p.StrokeRoundRect(new SKRect(x, 560, x + 80, 680), 4, Darken(f, 0.35f).WithAlpha(140), 3);
                    p.FillRect(new SKRect(x - 4, 552, x + 84, 584), Darken(f, 0.12f));
                }
                break;
            }
        }
    }

    private static void Socks(Painter p)
    {
        var f = p.Colour;
        var stripe = p.Random.Next(2) == 0;
        p.Shadow(540, 800, 240, 24, 0.25f);
        Sock(p, Darken(f, 0.18f), -90, -30, stripe);
        Sock(p, f, 0, 0, stripe);
    }

    private static void Sock(Painter p, SKColor f, float dx, float dy, bool stripe)
    {
        var c = p.Canvas;
        c.Save();
        c.Translate(dx, dy);
        using var sock = Svg("M 400 180 L 560 180 L 565 560 Q 570 600 620 628 L 740 688 Q 810 725 782 790 Q 755 840 680 812 L 450 722 Q 380 690 392 600 Z");
        p.Fill(sock, p.H(390, 800, [Darken(f, 0.2f), Lighten(f, 0.15f), f, Darken(f, 0.2f)], [0, 0.3f, 0.6f, 1]));
        p.Stroke(sock, Darken(f, 0.4f).WithAlpha(90), 3);
        p.Oval(480, 184, 78, 9, Darken(f, 0.45f));
        // Ribbed cuff, heel and toe.
        p.FillRect(new SKRect(400, 180, 560, 270), Darken(f, 0.08f));
        for (var x = 408f; x < 560; x += 12) p.Line(x, 185, x, 266, Darken(f, 0.3f).WithAlpha(80), 3);
        if (stripe) p.FillRect(new SKRect(401, 290, 561, 318), Lighten(f, 0.6f));
        var patch = Mix(f, new SKColor(0xe8, 0xe2, 0xd4), 0.55f);
        using var heel = Svg("M 392 600 Q 380 690 450 722 L 480 734 Q 470 650 520 600 Z");
        p.Fill(heel, patch);
        using var toe = Svg("M 700 668 L 740 688 Q 810 725 782 790 Q 755 840 680 812 L 650 800 Q 720 760 700 668 Z");
        p.Fill(toe, patch);
        c.Restore();
    }

    private static void Beanie(Painter p)
    {
        var f = p.Colour;
        var pom = p.Random.Next(2) == 0;
        p.Shadow(500, 770, 230, 26, 0.30f);
        if (pom)
        {
            p.Oval(500, 240, 85, 80, p.Radial(470, 210, 110, [Lighten(f, 0.35f), f, Darken(f, 0.3f)]));
            for (var i = 0; i < 40; i++)
            {
                var a = p.Random.NextDouble() * Math.PI * 2;
                p.Line(500 + (float)Math.Cos(a) * 60, 240 + (float)Math.Sin(a) * 55, 500 + (float)Math.Cos(a) * 92, 240 + (float)Math.Sin(a) * 86, Lighten(f, 0.1f).WithAlpha(140), 4);
            }
        }
        using var dome = Svg("M 290 620 C 280 330 400 270 500 270 C 600 270 720 330 710 620 Z");
        p.Fill(dome, p.Radial(430, 360, 380, [Lighten(f, 0.3f), f, Darken(f, 0.35f)]));
        for (var x = 320f; x < 690; x += 26)
        {
            using var rib = Svg($"M {x} 610 Q {500 + (x - 500) * 0.7f} 420 {500 + (x - 500) * 0.15f} 285");
            p.Stroke(rib, Darken(f, 0.3f).WithAlpha(60), 4);
        }
        // Turn-up cuff.
        p.RoundRect(new SKRect(275, 580, 725, 760), 40, p.V(580, 760, [Lighten(f, 0.15f), Darken(f, 0.25f)]));
        for (var x = 295f; x < 710; x += 18) p.Line(x, 590, x, 750, Darken(f, 0.3f).WithAlpha(80), 5);
        p.RoundRect(new SKRect(460, 640, 540, 690), 4, new SKColor(0xe8, 0xe0, 0xd0));
    }

    private static void Cap(Painter p)
    {
        var f = p.Colour;
        p.Shadow(520, 720, 300, 30, 0.30f);
        // Crown with panel seams, brim reaching forward to the right, top button.
        using var crown = Svg("M 230 640 C 210 390 360 290 500 290 C 650 290 760 390 740 600 Q 500 660 230 640 Z");
        p.Fill(crown, p.Radial(430, 380, 400, [Lighten(f, 0.3f), f, Darken(f, 0.35f)]));
        foreach (var seam in new[] { "M 500 292 Q 430 420 420 640", "M 500 292 Q 600 420 620 625", "M 500 292 Q 330 380 280 560" })
        {
            using var s = Svg(seam);
            p.Stroke(s, Darken(f, 0.35f).WithAlpha(120), 3);
        }
        using var brim = Svg("M 560 600 C 660 560 830 560 900 650 C 850 700 700 700 600 660 Z");
        p.Fill(brim, p.V(560, 700, [Darken(f, 0.05f), Darken(f, 0.45f)]));
        p.Line(600, 635, 880, 650, Darken(f, 0.3f).WithAlpha(120), 3, dashed: true);
        p.Oval(500, 292, 22, 11, Darken(f, 0.2f));
        for (var x = 300f; x < 600; x += 80) p.Oval(x + 30, 470 - (x - 300) * 0.1f, 7, 5, Darken(f, 0.45f));
    }

    private static void Scarf(Painter p)
    {
        var f = p.Colour;
        var stripe = Lighten(f, 0.55f).WithAlpha(120);
        var c = p.Canvas;
        c.Save();
        c.RotateDegrees(-6, 500, 520);
        p.Shadow(505, 700, 250, 34, 0.28f);
        // Folded flat, with woven stripes, soft folds and a fringe.
        using var body = Svg("M 300 300 Q 500 285 700 300 Q 720 480 705 660 Q 500 672 295 660 Q 282 480 300 300 Z");
        p.Fill(body, p.Linear(new SKPoint(300, 290), new SKPoint(700, 670), [Lighten(f, 0.25f), f, Darken(f, 0.2f)]));
        c.Save();
        c.ClipPath(body, antialias: true);
        for (var x = 330f; x < 700; x += 70)
        {
            p.Line(x, 280, x + 4, 680, stripe, 10);
            p.Line(x + 18, 280, x + 22, 680, Darken(f, 0.35f).WithAlpha(70), 4);
        }
        for (var y = 340f; y < 660; y += 90) p.Line(290, y, 710, y + 3, stripe, 8);
        foreach (var y in new[] { 420f, 540f })
        {
            p.Line(290, y, 710, y, Darken(f, 0.5f).WithAlpha(90), 16, blur: 8);
            p.Line(290, y + 10, 710, y + 10, Lighten(f, 0.3f).WithAlpha(70), 6, blur: 4);
        }
        c.Restore();
        // Fringe.
        for (var x = 305f; x < 700; x += 11)
            p.Line(x, 662 + (x % 3), x + 2, 712 + (x % 5) * 3, Darken(f, 0.1f), 5);
        c.Restore();
    }

    private static void Blanket(Painter p)
    {
        var f = p.Colour;
        var strap = new SKColor(0x7a, 0x4e, 0x2c);
        p.Shadow(490, 740, 300, 30, 0.32f);
        // Rolled up: a fabric cylinder with the roll's spiral at the end and a carry strap.
        using var roll = Svg("M 240 460 L 720 460 L 720 720 L 240 720 Q 200 720 200 590 Q 200 460 240 460 Z");
        p.Fill(roll, p.V(460, 720, [Lighten(f, 0.3f), f, Darken(f, 0.4f)], [0, 0.35f, 1]));
        var c = p.Canvas;
        c.Save();
        c.ClipPath(roll, antialias: true);
        var check = Lighten(f, 0.6f).WithAlpha(110);
        for (var x = 250f; x < 720; x += 60) p.Line(x, 450, x, 730, check, 9);
        for (var y = 490f; y < 720; y += 55) p.Line(190, y, 730, y, check, 9);
        for (var x = 270f; x < 720; x += 60) p.Line(x, 450, x, 730, Darken(f, 0.4f).WithAlpha(60), 4);
        c.Restore();
        p.Oval(720, 590, 62, 130, p.Radial(720, 590, 130, [Darken(f, 0.2f), f, Lighten(f, 0.15f)]));
        for (var r = 1f; r > 0.15f; r -= 0.2f)
            p.StrokeOval(728 - (1 - r) * 20, 590 + (1 - r) * 10, 58 * r, 122 * r, Darken(f, 0.45f).WithAlpha(140), 4);
        // Strap with a handle.
        foreach (var x in new[] { 350f, 600f }) p.RoundRect(new SKRect(x - 16, 456, x + 16, 724), 4, p.V(456, 724, [Lighten(strap, 0.25f), Darken(strap, 0.3f)]));
        using var handle = Svg("M 350 462 Q 475 330 600 462");
        p.Stroke(handle, strap, 18);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Stationery
    // ---------------------------------------------------------------------------------------------------------------

    private static void Book(Painter p)
    {
        var f = p.Colour;
        var stacked = p.Random.Next(2) == 0;
        p.Shadow(520, 720, 330, 50, 0.30f);
        if (stacked) Notebook(p, Mix(f, new SKColor(0xd8, 0xcc, 0xb4), 0.6f), 40, 50, 6);
        Notebook(p, f, 0, 0, -4);
    }

    private static void Notebook(Painter p, SKColor f, float dx, float dy, float angle)
    {
        var c = p.Canvas;
        c.Save();
        c.Translate(dx, dy);
        c.RotateDegrees(angle, 500, 560);
        // Page block, then the cover with its elastic band and ribbon.
        using var pages = Svg("M 220 560 L 420 700 L 820 520 L 820 548 L 420 730 L 220 590 Z");
        p.Fill(pages, new SKColor(0xf3, 0xee, 0xe2));
        for (var i = 1; i < 5; i++) p.Line(220, 560 + i * 6, 420, 700 + i * 6, new SKColor(0xc8, 0xc0, 0xb0), 1.5f);
        for (var i = 1; i < 5; i++) p.Line(420, 700 + i * 6, 820, 520 + i * 6, new SKColor(0xd0, 0xc8, 0xb8), 1.5f);
        using var cover = Svg("M 220 555 Q 210 540 230 530 L 600 360 Q 620 352 635 362 L 830 505 Q 840 520 820 528 L 440 700 Q 425 706 412 698 Z");
        p.Fill(cover, p.Linear(new SKPoint(300, 380), new SKPoint(700, 680), [Lighten(f, 0.3f), f, Darken(f, 0.2f)]));
        p.Stroke(cover, Darken(f, 0.3f).WithAlpha(100), 2);
        using var band = Svg("M 690 405 L 330 620");
        p.Stroke(band, Darken(f, 0.55f), 12);
        using var ribbon = Svg("M 560 625 Q 570 700 545 760");
        p.Stroke(ribbon, new SKColor(0xb0, 0x3a, 0x30), 10);
        c.Restore();
    }

    private static void Pen(Painter p)
    {
        var b = p.Colour;
        var c = p.Canvas;
        c.Save();
        c.RotateDegrees(-30, 500, 500);
        p.Shadow(520, 560, 360, 16, 0.35f);
        // Nib, grip, barrel, cap band and cap with clip.
        using var nib = Svg("M 180 500 L 250 480 L 250 520 Z");
        p.Fill(nib, p.V(480, 520, [Lighten(new SKColor(0xd8, 0xb4, 0x5a), 0.3f), new SKColor(0x9a, 0x7a, 0x30)]));
        p.Line(190, 500, 240, 500, Darken(b, 0.6f), 2);
        p.RoundRect(new SKRect(245, 476, 330, 524), 10, p.V(476, 524, [Lighten(Rubber, 0.35f), Rubber]));
        p.RoundRect(new SKRect(320, 470, 560, 530), 18, p.V(470, 530, [Lighten(b, 0.5f), b, Darken(b, 0.45f)]));
        p.RoundRect(new SKRect(550, 466, 580, 534), 4, p.V(466, 534, [Lighten(Steel, 0.5f), DarkSteel]));
        p.RoundRect(new SKRect(575, 466, 830, 534), 30, p.V(466, 534, [Lighten(b, 0.5f), b, Darken(b, 0.45f)]));
        p.RoundRect(new SKRect(600, 452, 800, 468), 6, p.V(452, 468, [Lighten(Steel, 0.5f), DarkSteel]));
        p.Oval(610, 460, 10, 10, Steel);
        p.RoundRect(new SKRect(340, 480, 800, 488), 4, SKColors.White.WithAlpha(80), blur: 3);
        c.Restore();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Drawing helpers
    // ---------------------------------------------------------------------------------------------------------------

    private static SKPath Svg(string data) => SKPath.ParseSvgPathData(data) ?? new SKPath();

    private static float Luminance(SKColor c) => (0.2126f * c.Red + 0.7152f * c.Green + 0.0722f * c.Blue) / 255f;

    private static SKColor Mix(SKColor a, SKColor b, float t) => new(
        (byte)(a.Red + (b.Red - a.Red) * t), (byte)(a.Green + (b.Green - a.Green) * t),
        (byte)(a.Blue + (b.Blue - a.Blue) * t), (byte)(a.Alpha + (b.Alpha - a.Alpha) * t));

    private static SKColor Lighten(SKColor c, float t) => Mix(c, new SKColor(255, 255, 255, c.Alpha), t);

    private static SKColor Darken(SKColor c, float t) => Mix(c, new SKColor(0, 0, 0, c.Alpha), t);

    /// <summary>Paint and shader shortcuts on one canvas; shaders passed in are disposed after use.</summary>
    private sealed class Painter(SKCanvas canvas, SKColor colour, Random random) : IDisposable
    {
        private readonly SKPaint _paint = new() { IsAntialias = true };
        private readonly Dictionary<float, SKMaskFilter> _blurs = [];
        private readonly SKPathEffect _dash = SKPathEffect.CreateDash([10, 8], 0);

        public SKCanvas Canvas => canvas;
        public SKColor Colour => colour;
        public Random Random => random;

        public SKShader V(float y0, float y1, SKColor[] colours, float[]? positions = null) =>
            SKShader.CreateLinearGradient(new SKPoint(0, y0), new SKPoint(0, y1), colours, positions, SKShaderTileMode.Clamp);

        public SKShader H(float x0, float x1, SKColor[] colours, float[]? positions = null) =>
            SKShader.CreateLinearGradient(new SKPoint(x0, 0), new SKPoint(x1, 0), colours, positions, SKShaderTileMode.Clamp);

        public SKShader Linear(SKPoint from, SKPoint to, SKColor[] colours) =>
            SKShader.CreateLinearGradient(from, to, colours, null, SKShaderTileMode.Clamp);

        public SKShader Radial(float x, float y, float radius, SKColor[] colours) =>
            SKShader.CreateRadialGradient(new SKPoint(x, y), radius, colours, null, SKShaderTileMode.Clamp);

        /// <summary>Round-object shading: dark edges, a highlight left of centre.</summary>
        public SKShader Cylinder(float x0, float x1, SKColor c) => H(x0, x1,
            [Darken(c, 0.35f), Darken(c, 0.05f), Lighten(c, 0.3f), c, Darken(c, 0.2f), Darken(c, 0.45f)],
            [0, 0.15f, 0.3f, 0.55f, 0.85f, 1]);

        public void Fill(SKPath path, SKShader shader) { Use(shader); canvas.DrawPath(path, _paint); Done(); }

        public void Fill(SKPath path, SKColor c) { Use(c); canvas.DrawPath(path, _paint); Done(); }

        public void FillRect(SKRect rect, SKShader shader) { Use(shader); canvas.DrawRect(rect, _paint); Done(); }

        public void FillRect(SKRect rect, SKColor c) { Use(c); canvas.DrawRect(rect, _paint); Done(); }

        public void RoundRect(SKRect rect, float radius, SKShader shader) { Use(shader); canvas.DrawRoundRect(rect, radius, radius, _paint); Done(); }

        public void RoundRect(SKRect rect, float radius, SKColor c, float blur = 0) { Use(c, blur); canvas.DrawRoundRect(rect, radius, radius, _paint); Done(); }

        public void Oval(float cx, float cy, float rx, float ry, SKShader shader) { Use(shader); canvas.DrawOval(cx, cy, rx, ry, _paint); Done(); }

        public void Oval(float cx, float cy, float rx, float ry, SKColor c, float blur = 0) { Use(c, blur); canvas.DrawOval(cx, cy, rx, ry, _paint); Done(); }

        public void Stroke(SKPath path, SKColor c, float width, float blur = 0, bool dashed = false)
        {
            Use(c, blur, width, dashed);
            canvas.DrawPath(path, _paint);
            Done();
        }

        public void StrokeOval(float cx, float cy, float rx, float ry, SKColor c, float width)
        {
            Use(c, 0, width);
            canvas.DrawOval(cx, cy, rx, ry, _paint);
            Done();
        }

        public void StrokeRoundRect(SKRect rect, float radius, SKColor c, float width, bool dashed = false)
        {
            Use(c, 0, width, dashed);
            canvas.DrawRoundRect(rect, radius, radius, _paint);
            Done();
        }

        public void Line(float x0, float y0, float x1, float y1, SKColor c, float width, bool dashed = false, float blur = 0)
        {
            Use(c, blur, width, dashed);
            canvas.DrawLine(x0, y0, x1, y1, _paint);
            Done();
        }

        /// <summary>A soft contact shadow on the floor.</summary>
        public void Shadow(float cx, float cy, float rx, float ry, float strength)
        {
            Oval(cx, cy, rx * 1.1f, ry * 1.6f, SKColors.Black.WithAlpha((byte)(strength * 110)), blur: ry * 1.2f);
            Oval(cx, cy, rx * 0.85f, ry * 0.7f, SKColors.Black.WithAlpha((byte)(strength * 200)), blur: ry * 0.45f);
        }

        public void Rivet(float x, float y, float r)
        {
            Oval(x, y, r, r, Radial(x - r / 3, y - r / 3, r * 1.4f, [Lighten(Steel, 0.6f), Steel, DarkSteel]));
        }

        private void Use(SKShader shader)
        {
            _paint.Style = SKPaintStyle.Fill;
            _paint.Color = SKColors.Black;
            _paint.Shader = shader;
        }

        private void Use(SKColor c, float blur = 0, float strokeWidth = 0, bool dashed = false)
        {
            _paint.Style = strokeWidth > 0 ? SKPaintStyle.Stroke : SKPaintStyle.Fill;
            _paint.StrokeWidth = strokeWidth;
            _paint.StrokeCap = SKStrokeCap.Round;
            _paint.StrokeJoin = SKStrokeJoin.Round;
            _paint.Color = c;
            _paint.MaskFilter = blur > 0 ? Blur(blur) : null;
            _paint.PathEffect = dashed ? _dash : null;
        }

        private void Done()
        {
            var shader = _paint.Shader;
            _paint.Shader = null;
            shader?.Dispose();
            _paint.MaskFilter = null;
            _paint.PathEffect = null;
            _paint.Style = SKPaintStyle.Fill;
        }

        private SKMaskFilter Blur(float sigma)
        {
            if (!_blurs.TryGetValue(sigma, out var filter))
                _blurs[sigma] = filter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, sigma);
            return filter;
        }

        public void Dispose()
        {
            _paint.Dispose();
            _dash.Dispose();
            foreach (var b in _blurs.Values) b.Dispose();
        }
    }
}
