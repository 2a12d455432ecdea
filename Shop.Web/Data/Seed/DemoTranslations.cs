namespace Shop.Web.Data.Seed;

/// <summary>
/// The demo catalog in German and French: each English category, product name, description sentence and option word
/// of <see cref="DemoCatalog"/> and <see cref="DemoKinds"/> with its translations, which the seeder stores as staff's
/// translations. A description is translated sentence by sentence, as <see cref="DemoCatalog"/> composes it.
/// </summary>
internal static partial class DemoTranslations
{
    /// <summary>The languages the demo has texts for besides its own English.</summary>
    public static readonly string[] Languages = ["de", "fr"];

    private static readonly Dictionary<string, (string De, string Fr)> Texts =
        new[] { Categories(), Words(), Names(), KitchenToOutdoor(), AudioToStationery() }.SelectMany(d => d).ToDictionary(e => e.Key, e => e.Value);

    /// <summary>The English text in the language, or null where the demo has none.</summary>
    public static string? Of(string english, string language) =>
        Texts.TryGetValue(english, out var text) ? language switch { "de" => text.De, "fr" => text.Fr, _ => null } : null;

    /// <summary>A description from its English sentences in the language, or null unless every sentence has one.</summary>
    public static string? Of(IReadOnlyList<string> sentences, string language)
    {
        var translated = sentences.Select(s => Of(s, language)).ToList();
        return translated.Count == 0 || translated.Contains(null) ? null : string.Join(" ", translated);
    }

    private static Dictionary<string, (string De, string Fr)> Categories() => new()
    {
        ["Kitchen"] = ("Küche", "Cuisine"),
        ["Cookware, knives and tools for people who like to cook."] = ("Kochgeschirr, Messer und Küchenhelfer für alle, die gern kochen.", "Batterie de cuisine, couteaux et ustensiles pour celles et ceux qui aiment cuisiner."),
        ["Home Office"] = ("Homeoffice", "Bureau"),
        ["Desks, chairs and the small things that make work pleasant."] = ("Schreibtische, Stühle und die kleinen Dinge, die das Arbeiten angenehmer machen.", "Bureaux, chaises et petits objets qui rendent le travail plus agréable."),
        ["Lighting"] = ("Beleuchtung", "Luminaires"),
        ["Lamps and lights for every room and every mood."] = ("Lampen und Leuchten für jeden Raum und jede Stimmung.", "Lampes et luminaires pour chaque pièce et chaque ambiance."),
        ["Outdoor"] = ("Draußen", "Plein air"),
        ["Gear for the garden, the trail and the campsite."] = ("Ausrüstung für Garten, Wanderweg und Zeltplatz.", "De l'équipement pour le jardin, la randonnée et le camping."),
        ["Audio"] = ("Audio", "Audio"),
        ["Speakers and headphones that sound as good as they look."] = ("Lautsprecher und Kopfhörer, die so gut klingen, wie sie aussehen.", "Des enceintes et des casques qui sonnent aussi bien qu'ils en ont l'air."),
        ["Bags & Travel"] = ("Taschen & Reisen", "Sacs & voyage"),
        ["Bags, wallets and travel kit for going places."] = ("Taschen, Geldbörsen und Reisezubehör für unterwegs.", "Sacs, portefeuilles et accessoires de voyage pour partir loin."),
        ["Apparel"] = ("Bekleidung", "Vêtements"),
        ["Everyday clothing in natural fabrics, made to be worn often."] = ("Kleidung für jeden Tag aus natürlichen Stoffen, gemacht, um oft getragen zu werden.", "Des vêtements de tous les jours en matières naturelles, faits pour être portés souvent."),
        ["Stationery"] = ("Schreibwaren", "Papeterie"),
        ["Notebooks, pens and paper goods for planners and doodlers."] = ("Notizbücher, Stifte und Papierwaren zum Planen und Kritzeln.", "Carnets, stylos et papeterie pour planifier et griffonner."),
    };

    /// <summary>The option names and values: every colour of <see cref="DemoCatalog.Palette"/>, and the words of sizes and rulings.</summary>
    private static Dictionary<string, (string De, string Fr)> Words() => new()
    {
        ["Colour"] = ("Farbe", "Couleur"), ["Finish"] = ("Ausführung", "Finition"), ["Size"] = ("Größe", "Taille"),
        ["Width"] = ("Breite", "Largeur"), ["Capacity"] = ("Inhalt", "Contenance"), ["Ruling"] = ("Lineatur", "Réglure"),
        ["Dot grid"] = ("Punktraster", "Pointillé"), ["Lined"] = ("Liniert", "Ligné"), ["Plain"] = ("Blanko", "Uni"),
        ["Black"] = ("Schwarz", "Noir"), ["Charcoal"] = ("Anthrazit", "Anthracite"), ["Graphite"] = ("Graphit", "Graphite"),
        ["Grey"] = ("Grau", "Gris"), ["Slate"] = ("Schiefergrau", "Ardoise"), ["Stone"] = ("Steingrau", "Pierre"),
        ["White"] = ("Weiß", "Blanc"), ["Cream"] = ("Creme", "Crème"), ["Oatmeal"] = ("Haferbeige", "Avoine"),
        ["Sand"] = ("Sand", "Sable"), ["Tan"] = ("Hellbraun", "Camel"), ["Cognac"] = ("Cognac", "Cognac"),
        ["Brown"] = ("Braun", "Marron"), ["Navy"] = ("Marineblau", "Bleu marine"), ["Blue"] = ("Blau", "Bleu"),
        ["Sky"] = ("Himmelblau", "Bleu ciel"), ["Teal"] = ("Petrol", "Bleu canard"), ["Sage"] = ("Salbeigrün", "Vert sauge"),
        ["Olive"] = ("Olivgrün", "Olive"), ["Forest"] = ("Tannengrün", "Vert forêt"), ["Mustard"] = ("Senfgelb", "Moutarde"),
        ["Terracotta"] = ("Terrakotta", "Terre cuite"), ["Rust"] = ("Rostrot", "Rouille"), ["Red"] = ("Rot", "Rouge"),
        ["Burgundy"] = ("Bordeauxrot", "Bordeaux"), ["Blush"] = ("Altrosa", "Rose poudré"), ["Lilac"] = ("Flieder", "Lilas"),
        ["Brass"] = ("Messing", "Laiton"), ["Copper"] = ("Kupfer", "Cuivre"), ["Chrome"] = ("Chrom", "Chrome"),
        ["Silver"] = ("Silber", "Argent"), ["Oak"] = ("Eiche", "Chêne"), ["Walnut"] = ("Nussbaum", "Noyer"),
        ["Ash"] = ("Esche", "Frêne"), ["Amber"] = ("Bernstein", "Ambre"), ["Glass"] = ("Glas", "Verre"),
    };
}
