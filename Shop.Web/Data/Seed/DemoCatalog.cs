using Shop.Domain.Catalog;

namespace Shop.Web.Data.Seed;

/// <summary>
/// A believable demo catalog: 8 categories of 25 products, generated from word lists with a fixed seed so
/// every run (and every test) sees the same names, prices and stock.
/// </summary>
public static class DemoCatalog
{
    public sealed record DemoCategory(string Name, string Slug, string Description, int Hue, string[] Items, string[] Details);

    public sealed record DemoProduct(string Name, string Slug, string Sku, string Description, decimal Price,
        decimal? CompareAtPrice, int Stock, int CategoryIndex, DateTimeOffset CreatedAt);

    public const int ProductsPerCategory = 25;

    /// <summary>The moment the oldest demo product was "added"; later ones follow an hour apart.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[] Adjectives =
        ["Classic", "Compact", "Everyday", "Nordic", "Heritage", "Urban", "Coastal", "Studio", "Alpine", "Modern",
         "Essential", "Artisan", "Midnight", "Harbor", "Summit", "Meadow", "Copper", "Granite", "Willow", "Ember"];

    public static readonly DemoCategory[] Categories =
    [
        new("Kitchen", "kitchen", "Cookware, knives and tools for people who like to cook.", 14,
            ["Chef's Knife", "Cast Iron Skillet", "Dutch Oven", "Cutting Board", "Pour-Over Kettle", "Salad Bowl", "Pepper Mill", "Mixing Bowl Set", "Espresso Cups", "Bread Tin"],
            ["forged from high-carbon steel", "finished by hand", "dishwasher safe", "made to last decades", "balanced for everyday use"]),
        new("Home Office", "home-office", "Desks, chairs and the small things that make work pleasant.", 210,
            ["Standing Desk", "Desk Organizer", "Monitor Stand", "Task Chair", "Cable Tray", "Desk Mat", "Laptop Riser", "Filing Box", "Footrest", "Whiteboard"],
            ["built from solid oak", "powder-coated steel frame", "assembles in ten minutes", "keeps your desk clear", "ergonomically shaped"]),
        new("Lighting", "lighting", "Lamps and lights for every room and every mood.", 45,
            ["Desk Lamp", "Floor Lamp", "Pendant Light", "Reading Light", "String Lights", "Lantern", "Wall Sconce", "Night Light", "Table Lamp", "Clip Light"],
            ["warm dimmable LED", "linen shade", "brushed brass finish", "uses 80% less energy", "soft, glare-free light"]),
        new("Outdoor", "outdoor", "Gear for the garden, the trail and the campsite.", 120,
            ["Camping Chair", "Hiking Pack", "Trail Bottle", "Picnic Blanket", "Garden Trowel", "Hammock", "Camp Stove", "Headlamp", "Rain Shell", "Cooler Bag"],
            ["weatherproof", "packs down small", "tested on alpine trails", "made from recycled fabric", "rust-resistant"]),
        new("Audio", "audio", "Speakers and headphones that sound as good as they look.", 265,
            ["Wireless Headphones", "Bookshelf Speaker", "Portable Speaker", "Earbuds", "Turntable", "Headphone Stand", "Soundbar", "Radio", "DAC Amplifier", "Speaker Cable"],
            ["30-hour battery", "warm, detailed sound", "Bluetooth 5.3", "active noise cancelling", "hand-tuned drivers"]),
        new("Bags & Travel", "bags-and-travel", "Bags, wallets and travel kit for going places.", 330,
            ["Weekender Bag", "Backpack", "Card Wallet", "Tote Bag", "Packing Cubes", "Toiletry Kit", "Passport Cover", "Messenger Bag", "Duffel", "Luggage Tag"],
            ["full-grain leather", "water-resistant canvas", "fits under a plane seat", "lifetime warranty", "lined with recycled nylon"]),
        new("Fitness", "fitness", "Equipment for training at home or on the move.", 0,
            ["Yoga Mat", "Kettlebell", "Resistance Bands", "Jump Rope", "Foam Roller", "Dumbbell Pair", "Pull-Up Bar", "Gym Towel", "Water Bottle", "Balance Board"],
            ["non-slip surface", "for every level", "sweat-proof", "easy to store", "used by personal trainers"]),
        new("Stationery", "stationery", "Notebooks, pens and paper goods for planners and doodlers.", 170,
            ["Dot Grid Notebook", "Fountain Pen", "Weekly Planner", "Sketchbook", "Pencil Set", "Desk Calendar", "Letter Set", "Washi Tape", "Ink Bottle", "Bullet Journal"],
            ["acid-free paper", "lies flat when open", "refillable", "smudge-proof ink", "stitched binding"]),
    ];

    public static IReadOnlyList<DemoProduct> Products { get; } = Generate();

    private static List<DemoProduct> Generate()
    {
        // System.Random with a seed is stable across runs and .NET versions.
        var random = new Random(20261123);
        var products = new List<DemoProduct>();
        var n = 0;
        for (var c = 0; c < Categories.Length; c++)
        {
            var category = Categories[c];
            for (var i = 0; i < ProductsPerCategory; i++, n++)
            {
                var item = category.Items[i % category.Items.Length];
                var adjective = Adjectives[(i * 7 + i / 10 + c * 3) % Adjectives.Length];
                var name = $"{adjective} {item}";
                var slug = Slug.From(name);
                var price = Math.Round(random.Next(8, 400) + (random.Next(0, 2) == 0 ? 0.99m : 0.00m), 2);
                decimal? was = n % 7 == 3 ? Math.Round(price * 1.25m, 0) - 0.01m : null;
                var stock = (n % 23) switch
                {
                    5 => 0,
                    11 => 2,
                    17 => 4,
                    _ => random.Next(8, 150),
                };
                var d1 = category.Details[i % category.Details.Length];
                var d2 = category.Details[(i + 2) % category.Details.Length];
                var description = $"The {name.ToLowerInvariant()} is {d1} and {d2}. " +
                                  $"Part of our {category.Name.ToLowerInvariant()} range, chosen for quality you can feel every day. " +
                                  "Ships within two working days; free returns for 30 days.";
                products.Add(new DemoProduct(name, slug, $"{category.Slug[..3].ToUpperInvariant()}-{1000 + n}", description,
                    price, was, stock, c, Epoch.AddHours(n)));
            }
        }
        return products;
    }
}
