using System.Globalization;
using Shop.Domain.Catalog;

namespace Shop.Web.Data.Seed;

/// <summary>
/// A believable demo catalog: 8 categories of 25 products with prices that suit the kind of item, short descriptions,
/// sales, sold-out and nearly-gone products, and (for about a third) options such as size, colour or finish with a
/// variant for every combination. Generated with a fixed seed, so every run (and every test) sees the same catalog.
/// Pictures are drawn on demand by <see cref="DemoPictures"/> from each product's <see cref="DemoShape"/> and colour.
/// </summary>
public static class DemoCatalog
{
    public sealed record DemoCategory(string Name, string Slug, string Description);

    /// <summary>An option such as Size or Colour with its values in the order shoppers see them.</summary>
    public sealed record DemoOption(string Name, string[] Values);

    /// <summary>
    /// One combination of option values (in option order). A null price or compare-at price means the product's own;
    /// <paramref name="Colour"/> is set (hex) when a Colour or Finish value gives the variant its own colour.
    /// </summary>
    public sealed record DemoVariant(string Sku, string[] Values, decimal? Price, decimal? CompareAtPrice, int Stock, string? Colour);

    /// <summary>
    /// A demo product. Without options, <see cref="Stock"/> is its stock; with options, <see cref="Variants"/> lists every
    /// combination (cartesian product in option and value order) and <see cref="Stock"/> is the sum of theirs.
    /// </summary>
    public sealed record DemoProduct(string Name, string Slug, string Sku, string Description, decimal Price, decimal? CompareAtPrice,
        int Stock, int CategoryIndex, DateTimeOffset CreatedAt, DemoShape Shape, string Colour, int PictureCount,
        IReadOnlyList<DemoOption> Options, IReadOnlyList<DemoVariant> Variants, NetContent? Content = null);

    public const int ProductsPerCategory = 25;

    /// <summary>Options whose values give a product (and its pictures) a colour.</summary>
    public static bool IsColourOption(string optionName) => optionName is "Colour" or "Finish";

    /// <summary>
    /// The moment the oldest demo product was "added"; later ones follow an hour apart, taking the categories in turn,
    /// so the newest products (and the newest on sale) come from every category. The last product is the newest.
    /// </summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Named colours used for products and for Colour/Finish values.</summary>
    public static readonly IReadOnlyDictionary<string, string> Palette = new Dictionary<string, string>
    {
        ["Black"] = "#2a2b2e", ["Charcoal"] = "#3f4347", ["Graphite"] = "#55595f", ["Grey"] = "#8d9096",
        ["Slate"] = "#5d6b78", ["Stone"] = "#b8b1a5", ["White"] = "#f1efea", ["Cream"] = "#ece3cf",
        ["Oatmeal"] = "#d6cab2", ["Sand"] = "#cdb592", ["Tan"] = "#b88a5a", ["Cognac"] = "#96532a",
        ["Brown"] = "#6b4a35", ["Navy"] = "#26395c", ["Blue"] = "#3b5b8c", ["Sky"] = "#8fb2d6",
        ["Teal"] = "#2d7472", ["Sage"] = "#97ab87", ["Olive"] = "#6a6d3c", ["Forest"] = "#2f5134",
        ["Mustard"] = "#d2a03a", ["Terracotta"] = "#c0653f", ["Rust"] = "#a4492b", ["Red"] = "#b33a35",
        ["Burgundy"] = "#6d2536", ["Blush"] = "#e2b4ab", ["Lilac"] = "#b3a4cc", ["Brass"] = "#c49b48",
        ["Copper"] = "#b8703c", ["Chrome"] = "#bfc4c9", ["Silver"] = "#c9cccf", ["Oak"] = "#c9a273",
        ["Walnut"] = "#6e4a31", ["Ash"] = "#dccdb3", ["Amber"] = "#d9a046", ["Glass"] = "#cfe0df",
    };

    public static readonly DemoCategory[] Categories =
    [
        new("Kitchen", "kitchen", "Cookware, knives and tools for people who like to cook."),
        new("Home Office", "home-office", "Desks, chairs and the small things that make work pleasant."),
        new("Lighting", "lighting", "Lamps and lights for every room and every mood."),
        new("Outdoor", "outdoor", "Gear for the garden, the trail and the campsite."),
        new("Audio", "audio", "Speakers and headphones that sound as good as they look."),
        new("Bags & Travel", "bags-and-travel", "Bags, wallets and travel kit for going places."),
        new("Apparel", "apparel", "Everyday clothing in natural fabrics, made to be worn often."),
        new("Stationery", "stationery", "Notebooks, pens and paper goods for planners and doodlers."),
    ];

    /// <summary>The demo product with this slug, or null.</summary>
    public static DemoProduct? Find(string slug) => BySlug.GetValueOrDefault(slug);

    /// <summary>
    /// The colours a product's pictures can be drawn in, by the slug of the Colour or Finish value ("sage", "walnut");
    /// empty for products without such an option.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PictureColours(DemoProduct product)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = product.Options.ToList().FindIndex(o => IsColourOption(o.Name));
        if (index < 0) return result;
        foreach (var v in product.Variants)
            if (v.Colour is not null) result.TryAdd(Slug.From(v.Values[index]), v.Colour);
        return result;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // What each category sells. A kind is one sort of item: its picture, price range, colours, options, the names of
    // its products and the sentences their descriptions are made of. "Name|Colour" fixes the colour a name implies.
    // Options: "Colour=*" picks 3-5 of the kind's colours; "+N" after a value adds N to the price ("+N~": on some
    // products only); a leading "?" makes the option appear on about half of the kind's optioned products.
    // Content: what one item holds when the kind is sold by measure ("50 ml"), so its price per litre shows beside it.
    // ---------------------------------------------------------------------------------------------------------------

    private sealed record Kind(DemoShape Shape, decimal Min, decimal Max, string Colours, double OptionChance, string[] Options,
        string[] Names, string[] Leads, string[] Details, string? Content = null);

    private static readonly Kind[][] Kinds =
    [
        // Kitchen
        [
            new(DemoShape.Knife, 40m, 120m, "Black,Walnut,Oak,Olive", 0, [],
                ["Classic Chef's Knife", "Damascus Chef's Knife|Walnut", "Nordic Chef's Knife|Oak"],
                ["A 20 cm chef's knife forged from high-carbon stainless steel and balanced for long sessions at the board.",
                 "A full-tang chef's knife with a hand-sharpened 15° edge and a rounded handle that stays comfortable."],
                ["It holds its edge through months of daily chopping and comes back quickly on a whetstone.",
                 "Hand wash and dry it straight away, and it will last for decades."]),
            new(DemoShape.Knife, 45m, 110m, "Black,Walnut,Oak", 0, [],
                ["Hollow-Edge Santoku Knife"],
                ["A 17 cm santoku with a flat edge that makes quick work of vegetables, fish and herbs.",
                 "A Japanese-style santoku whose dimpled blade stops thin slices from sticking."],
                ["The short, wide blade is easy to control, even for beginners.", "It arrives sharp and comes in a protective sleeve."]),
            new(DemoShape.Knife, 12m, 35m, "Black,Walnut,Red,Olive", 0, [],
                ["Everyday Paring Knife", "Bird's Beak Paring Knife"],
                ["A nimble 9 cm blade for peeling, trimming and all the fiddly jobs.", "A small, precise knife for fruit, garlic and garnishes."],
                ["The riveted handle gives a secure grip even with wet hands.", "It is light enough to use in the hand, away from the board."]),
            new(DemoShape.Pan, 35m, 90m, "Black", 0.5, ["Size=20 cm,26 cm+15,30 cm+25"],
                ["Cast Iron Skillet", "Pre-Seasoned Cast Iron Skillet"],
                ["A heavy cast iron skillet that goes from hob to oven to table.", "Seasoned with vegetable oil and ready to use on any hob, including induction."],
                ["It holds heat for a deep, even sear and only gets better with use.", "Two pouring lips and a helper handle make it easy to move when full."]),
            new(DemoShape.Pan, 25m, 75m, "Graphite,Black,Slate,Chrome", 0, [],
                ["Non-Stick Frying Pan", "Carbon Steel Frying Pan|Black"],
                ["A 28 cm frying pan for eggs, pancakes and everyday cooking.", "A light, responsive pan that heats quickly and evenly."],
                ["The stay-cool handle is riveted for strength.", "It works on gas, electric and induction hobs."]),
            new(DemoShape.Pot, 80m, 260m, "Red,Navy,Sage,Cream,Black,Mustard,Terracotta", 0.8, ["Colour=*"],
                ["Enamelled Dutch Oven", "Bistro Casserole Dish"],
                ["A 4.5 litre cast iron casserole with a glossy enamel finish inside and out.", "A heavy cast iron pot for stews, braises and crusty sourdough."],
                ["The tight-fitting lid keeps moisture in during long, slow cooking.", "It is oven safe to 250 °C and looks good enough to serve from."]),
            new(DemoShape.Saucepan, 30m, 85m, "Chrome,Copper", 0, [],
                ["Stainless Steel Saucepan|Chrome", "Copper Saucepan|Copper"],
                ["A 2 litre saucepan with a thick, heat-spreading base.", "A versatile pan for sauces, grains and boiled eggs."],
                ["The glass lid lets you keep an eye on things without losing heat.", "Measurement marks inside make it easy to get quantities right."]),
            new(DemoShape.Board, 25m, 85m, "Oak,Walnut,Ash", 0, [],
                ["End-Grain Cutting Board", "Walnut Serving Board|Walnut"],
                ["A solid wood board that is kind to knife edges.", "A thick, heavy board that stays put while you chop."],
                ["Oil it once a month and it will look after itself.", "A juice groove catches the run-off from fruit and roasts."]),
            new(DemoShape.Bowl, 22m, 60m, "Cream,Sage,Terracotta,Slate,Sky", 0, [],
                ["Stoneware Mixing Bowl Set", "Wooden Salad Bowl|Walnut"],
                ["A generous bowl for mixing doughs, tossing salads and serving a crowd.", "Wide and deep, with a gently rolled rim that is easy to hold."],
                ["It is sturdy enough for everyday use and looks good on the table.", "The smooth finish inside resists stains."]),
            new(DemoShape.Mug, 12m, 26m, "Cream,Sage,Terracotta,Navy,Charcoal,Blush,Mustard", 0.8, ["Colour=*"],
                ["Stoneware Mug", "Speckled Glaze Mug", "Tall Latte Mug"],
                ["A hand-glazed stoneware mug that holds a proper 350 ml cup of tea.", "A heavy, comfortable mug with a handle that fits four fingers."],
                ["Each one is dipped by hand, so no two glazes are quite the same.", "It is safe in the dishwasher and the microwave."]),
            new(DemoShape.Jar, 9m, 28m, "Glass,Cream,Sage,Terracotta", 0, [],
                ["Glass Storage Jar|Glass", "Ceramic Canister"],
                ["An airtight jar for coffee, pasta, flour and everything in between.", "A good-looking way to keep dry goods fresh on the counter."],
                ["The beech lid has a silicone seal that keeps air and moisture out.", "Stack two or three to save space in the cupboard."]),
            new(DemoShape.Kettle, 45m, 110m, "Black,Chrome,Copper,White", 0.6, ["Colour=*"],
                ["Gooseneck Pour-Over Kettle", "Stovetop Kettle"],
                ["A slender gooseneck kettle for slow, precise pour-over coffee.", "A one litre kettle that boils quickly on any hob."],
                ["The built-in thermometer shows when the water is just right.", "A stay-cool handle and a quiet whistle tell you when it is ready."]),
        ],
        // Home Office
        [
            new(DemoShape.Desk, 300m, 700m, "Oak,Walnut,Black,White", 1, ["Finish=Oak,Walnut+60,Black,White", "?Width=120 cm,140 cm+40,160 cm+80"],
                ["Electric Standing Desk", "Dual-Motor Standing Desk", "Compact Standing Desk"],
                ["An electric sit-stand desk that moves smoothly from 65 to 128 cm at the touch of a button.",
                 "A sturdy height-adjustable desk with a quiet motor and four memory presets."],
                ["The solid steel frame holds up to 120 kg without a wobble.", "A cable tray under the top keeps wires out of sight."]),
            new(DemoShape.Desk, 180m, 450m, "Oak,Walnut,White", 0.6, ["Finish=Oak,Walnut+40,White"],
                ["Oak Writing Desk|Oak", "Scandi Writing Desk", "Walnut Writing Desk|Walnut"],
                ["A compact writing desk with a slim drawer for the things you reach for every day.", "A simple, well-proportioned desk that fits in a spare corner."],
                ["The solid wood top is finished with a hard-wearing natural oil.", "It assembles in about twenty minutes with the tools included."]),
            new(DemoShape.OfficeChair, 180m, 480m, "Black,Grey,Navy,Sage", 0.9, ["Colour=*"],
                ["Ergonomic Task Chair", "Mesh Task Chair", "Upholstered Task Chair"],
                ["A supportive task chair with adjustable lumbar support, armrests and seat depth.", "A breathable office chair designed for long days at the desk."],
                ["It is tested to 150 kg and covered by a ten-year guarantee.", "Soft-rolling castors are safe on wooden floors."]),
            new(DemoShape.Chair, 120m, 320m, "Oak,Walnut,Black", 0.5, ["Finish=Oak,Walnut+30,Black"],
                ["Bentwood Desk Chair", "Spindle-Back Side Chair"],
                ["A light, solid wood chair that works at a desk or a dining table.", "A classic wooden chair with a gently curved back."],
                ["The seat is shaped for comfort, so it needs no cushion.", "Each joint is glued and pinned to last for years."]),
            new(DemoShape.Shelf, 35m, 120m, "Oak,Walnut,Black,White", 0, [],
                ["Oak Monitor Stand|Oak", "Steel Monitor Riser|Black", "Walnut Desk Shelf|Walnut"],
                ["A monitor stand that raises your screen to eye level and frees up space beneath it.", "A slim desk shelf with room for a keyboard underneath."],
                ["It takes up to 25 kg and has non-slip feet.", "Solid and simple, with nothing to assemble."]),
            new(DemoShape.Box, 19m, 49m, "Oak,Walnut,Black,Grey,Sage", 0, [],
                ["Desk Organiser", "Felt Desk Tidy|Grey", "Lidded Storage Box", "Document Box"],
                ["A tidy home for pens, notes, chargers and the other small things on a desk.", "A sturdy box that keeps papers and clutter out of sight."],
                ["It stacks neatly with the rest of the range.", "Made from recycled materials and finished by hand."]),
            new(DemoShape.Plant, 18m, 55m, "Terracotta,Cream,Charcoal,Sage", 0, [],
                ["Potted Snake Plant", "Potted Pothos", "Mini Fiddle-Leaf Fig"],
                ["An easy-going houseplant that copes with low light and the odd forgotten watering.", "A healthy, nursery-grown plant in a glazed ceramic pot."],
                ["It arrives ready to place, with simple care instructions.", "Water it every two weeks and keep it out of strong sun."]),
            new(DemoShape.Board, 25m, 60m, "Charcoal,Grey,Tan,Navy", 0.5, ["Colour=*"],
                ["Felt Desk Mat", "Leather Desk Mat|Tan"],
                ["A large desk mat that gives your keyboard and mouse a soft, quiet surface.", "A generous 90 × 40 cm mat that protects the desk from scratches and spills."],
                ["The non-slip underside keeps it firmly in place.", "It is made from 100% recycled wool felt."]),
            new(DemoShape.Box, 29m, 89m, "Oak,Walnut,White,Black", 0, [],
                ["Under-Desk Drawer", "Two-Drawer Filing Unit"],
                ["A neat place for the paperwork you are not ready to file.", "Extra storage that fits under almost any desk."],
                ["It is made from FSC-certified wood.", "Soft-close runners keep it quiet."]),
        ],
        // Lighting
        [
            new(DemoShape.DeskLamp, 45m, 160m, "Black,White,Sage,Mustard,Navy", 0.5, ["Colour=*"],
                ["Architect Desk Lamp", "Adjustable Desk Lamp", "Clamp Desk Lamp", "Swing-Arm Task Lamp", "Studio Desk Lamp"],
                ["A classic sprung-arm desk lamp that puts light exactly where you need it.", "A fully adjustable task lamp with a weighted base and a steel shade."],
                ["It takes a standard E27 bulb; a warm 2700 K LED is included.", "The arm holds its position without any tightening."]),
            new(DemoShape.TableLamp, 45m, 190m, "Cream,Oatmeal,Sage,Terracotta,Navy,Mustard", 0.3, ["Colour=*"],
                ["Linen Table Lamp", "Ceramic Table Lamp", "Bedside Lamp", "Stoneware Table Lamp", "Glazed Table Lamp"],
                ["A ceramic lamp with a soft linen shade that casts a warm, even glow.", "A compact table lamp for a bedside, a shelf or a console."],
                ["It has an inline dimmer switch on a fabric cable.", "The hand-glazed base is a little different on every lamp."]),
            new(DemoShape.FloorLamp, 95m, 320m, "Cream,Oatmeal,Black,Sage,Navy", 0.3, ["Colour=*"],
                ["Tripod Floor Lamp", "Linen Floor Lamp", "Scandi Floor Lamp", "Reading Floor Lamp"],
                ["A tall tripod lamp with solid oak legs and a wide fabric drum shade.", "A floor lamp that lights up a reading corner without glare."],
                ["A foot switch on the cable means no bending down.", "It stands 155 cm tall and weighs less than 4 kg."]),
            new(DemoShape.Pendant, 60m, 240m, "Black,Brass,White,Sage", 0.5, ["Finish=Black,Brass+20,White,Sage"],
                ["Dome Pendant Light", "Enamel Pendant Light", "Industrial Pendant Light", "Brass Pendant Light|Brass", "Kitchen Pendant Light"],
                ["A wide dome pendant that hangs beautifully over a dining table or kitchen island.", "A spun-metal pendant light with an adjustable fabric cord."],
                ["The 150 cm cord can be shortened during installation.", "It should be fitted by a qualified electrician."]),
            new(DemoShape.Lantern, 25m, 75m, "Black,Brass,Sage,White", 0.3, ["Finish=Black,Brass+10,Sage"],
                ["Rechargeable Lantern", "Candle Lantern", "Hurricane Lantern"],
                ["A portable lantern that brings a soft glow to the table, the porch or the tent.", "A glass and metal lantern with a carry handle."],
                ["It has a sturdy carry handle and a glass chimney.", "It is splash-proof, so it can live outside in summer."]),
            new(DemoShape.Bulb, 6m, 18m, "Amber,Glass", 0, [],
                ["Filament Bulb|Amber", "Globe Filament Bulb|Amber", "Edison Filament Bulb|Amber"],
                ["A warm, dimmable LED bulb with the look of an old filament lamp.", "A standard E27 bulb that gives the light of a 60 W bulb for 7 W."],
                ["It lasts for about 15,000 hours.", "It is dimmable on most modern dimmer switches."]),
        ],
        // Outdoor
        [
            new(DemoShape.CampChair, 35m, 120m, "Forest,Navy,Rust,Olive,Mustard", 0.5, ["Colour=*"],
                ["Folding Camping Chair", "Lightweight Camp Chair", "Low Beach Chair"],
                ["A folding chair that packs into its own bag and sets up in seconds.", "A comfortable camp chair with a high back and a cup holder."],
                ["The powder-coated frame holds up to 120 kg.", "It weighs just over 2 kg, so it comes along on every trip."]),
            new(DemoShape.Bottle, 22m, 45m, "Forest,Navy,Sky,Rust,Sand,Black,White", 0.9, ["Colour=*", "?Capacity=500 ml,750 ml+4"],
                ["Insulated Water Bottle", "Trail Bottle", "Vacuum Flask", "Sports Bottle"],
                ["A double-walled steel bottle that keeps drinks cold for 24 hours or hot for 12.", "A leak-proof bottle that fits in a car cup holder and a backpack side pocket."],
                ["It contains no BPA and the powder coat will not slip in wet hands.", "The wide mouth takes ice cubes and is easy to clean."]),
            new(DemoShape.Backpack, 70m, 220m, "Forest,Navy,Rust,Charcoal,Olive", 0.6, ["Colour=*"],
                ["20 L Hiking Daypack", "35 L Trekking Pack", "Ultralight Summit Pack"],
                ["A comfortable pack for long days on the trail, with a ventilated back panel.", "A light, tough hiking pack with plenty of pockets."],
                ["It is made from recycled ripstop nylon with a water-repellent finish.", "Hip-belt pockets keep snacks and a phone within reach."]),
            new(DemoShape.Plant, 15m, 60m, "Terracotta,Cream,Charcoal,Sage", 0, [],
                ["Terracotta Planter|Terracotta", "Self-Watering Planter", "Glazed Garden Planter"],
                ["A frost-resistant planter for a balcony, patio or sunny windowsill.", "A generous pot with a drainage hole and a matching saucer."],
                ["It is fired at high temperature to stand up to the weather.", "Plants are grown in the UK and sent in recycled packaging."]),
            new(DemoShape.Lantern, 22m, 60m, "Black,Forest,White", 0, [],
                ["Camp Lantern", "Solar Lantern"],
                ["A bright camp lantern that hangs from a tent loop or stands on a table.", "A lantern that charges in the sun during the day and glows all evening."],
                ["It has three brightness levels and a red night mode.", "It survives rain, knocks and being left out overnight."]),
            new(DemoShape.Mug, 14m, 28m, "Navy,Forest,Cream,Rust,Sky", 0.6, ["Colour=*"],
                ["Enamel Camp Mug", "Insulated Camp Mug"],
                ["A tough enamel mug for coffee by the tent, at the allotment or in the garden.", "A light mug that keeps tea hot through a chilly morning."],
                ["It will not shatter if dropped on rocks.", "The rolled steel rim is comfortable to drink from."]),
            new(DemoShape.Blanket, 35m, 90m, "Red,Navy,Forest,Mustard", 0.5, ["Colour=*"],
                ["Waterproof Picnic Blanket", "Wool Picnic Blanket", "Recycled Picnic Blanket"],
                ["A large, soft picnic blanket with a waterproof backing for damp grass.", "A generous blanket that folds into a neat bundle with a carry strap."],
                ["It is machine washable at 30 °C.", "It is woven from recycled plastic bottles."]),
            new(DemoShape.Box, 45m, 160m, "Sky,Sage,Cream,Navy", 0, [],
                ["25 L Cooler Box", "Hard Cooler Box"],
                ["A cooler that keeps food and drinks cold for two days.", "A sturdy cool box for picnics, beach days and camping trips."],
                ["Thick foam walls and a tight seal keep the cold in.", "It doubles as a seat around the campfire."]),
            new(DemoShape.Saucepan, 30m, 95m, "Chrome,Graphite", 0, [],
                ["Camp Cook Set|Graphite", "Titanium Camp Pot|Chrome"],
                ["A nesting cook set for one or two people, light enough for a long hike.", "A compact pot for boiling water and cooking one-pot meals outdoors."],
                ["The folding handle locks firmly in place.", "Everything packs inside the pot with room for a small stove."]),
            new(DemoShape.Kettle, 35m, 70m, "Chrome,Black", 0, [],
                ["Camp Kettle|Chrome"],
                ["A one litre kettle that boils quickly on a camping stove."],
                ["The fold-down handle stays cool to touch."]),
        ],
        // Audio
        [
            new(DemoShape.Headphones, 90m, 350m, "Black,Sand,Navy,Graphite,Sage,White", 0.5, ["Colour=*"],
                ["Wireless Noise-Cancelling Headphones", "Over-Ear Wireless Headphones", "Studio Monitor Headphones", "On-Ear Headphones", "Travel Headphones"],
                ["Over-ear headphones with active noise cancelling and up to 30 hours of battery.", "Comfortable, closed-back headphones with a warm and detailed sound."],
                ["Memory-foam cushions stay comfortable for hours.", "They fold flat into the hard case included."]),
            new(DemoShape.Earbuds, 30m, 150m, "Black,White,Navy,Sage", 0.3, ["Colour=*"],
                ["True Wireless Earbuds", "Sport Earbuds", "Noise-Cancelling Earbuds", "Open-Ear Earbuds"],
                ["Small, secure wireless earbuds with a pocket-sized charging case.", "Sweat-resistant earbuds that stay put on a run."],
                ["The case adds three full charges.", "Three sizes of silicone tips are included."]),
            new(DemoShape.Speaker, 150m, 500m, "Walnut,Oak,Black,White", 0.2, ["Finish=Walnut+50,Oak,Black,White"],
                ["Active Bookshelf Speakers", "Passive Bookshelf Speakers", "Studio Monitor Speakers", "Wireless Bookshelf Speakers", "Desktop Speakers"],
                ["A pair of bookshelf speakers with a big, room-filling sound.", "Compact speakers with hand-tuned drivers and real wood cabinets."],
                ["They connect to a TV, a turntable or a computer.", "Bluetooth, optical and phono inputs are built in."]),
            new(DemoShape.PortableSpeaker, 40m, 180m, "Black,Navy,Sage,Red,Sand", 0.4, ["Colour=*"],
                ["Portable Bluetooth Speaker", "Waterproof Speaker", "Outdoor Speaker", "Mini Bluetooth Speaker"],
                ["A portable speaker with surprisingly deep bass and a 20-hour battery.", "A rugged speaker that floats, so it can come to the beach or the pool."],
                ["Pair two for stereo sound.", "The fabric cover is made from recycled yarn."]),
            new(DemoShape.Turntable, 180m, 600m, "Walnut,Oak,Black,White", 0.2, ["Finish=Walnut+40,Oak,Black"],
                ["Belt-Drive Turntable", "Bluetooth Turntable", "Direct-Drive Turntable"],
                ["A turntable with a pre-fitted cartridge and a built-in phono stage.", "A stylish turntable that plays 33 and 45 rpm records."],
                ["Plug it into powered speakers and play.", "The solid plinth damps vibration for a clear sound."]),
            new(DemoShape.Radio, 45m, 160m, "Cream,Sage,Navy,Red,Walnut", 0.2, ["Colour=*"],
                ["DAB+ Radio", "Retro FM Radio", "Bedside Radio", "Kitchen Radio"],
                ["A retro-styled DAB+ and FM radio with a rich, room-filling sound.", "A compact radio with preset buttons for your favourite stations."],
                ["It runs on mains power or four AA batteries.", "The alarm can wake you with the radio or a gentle tone."]),
        ],
        // Bags & Travel
        [
            new(DemoShape.Backpack, 60m, 180m, "Black,Navy,Olive,Sand,Rust,Charcoal", 0.5, ["Colour=*"],
                ["Everyday Backpack", "Roll-Top Backpack", "Laptop Backpack", "Canvas Rucksack"],
                ["A clean-lined backpack with a padded sleeve for a 16-inch laptop.", "A roomy, weatherproof backpack that goes from the office to the weekend."],
                ["The water-resistant canvas is made from recycled bottles.", "A hidden back pocket keeps your passport and phone safe."]),
            new(DemoShape.Duffel, 90m, 260m, "Tan,Cognac,Navy,Olive,Black", 0.3, ["Colour=*"],
                ["Leather Weekender|Cognac", "Canvas Weekender Bag", "Packable Duffel"],
                ["A generous weekend bag that fits under an aeroplane seat.", "A soft holdall with a detachable shoulder strap and a shoe compartment."],
                ["Full-grain leather handles soften beautifully with age.", "A padded shoulder strap makes it easy to carry when full."]),
            new(DemoShape.Tote, 25m, 95m, "Sand,Navy,Black,Olive,Rust", 0.3, ["Colour=*"],
                ["Canvas Tote Bag", "Leather Tote|Tan", "Market Tote", "Foldable Shopper"],
                ["A sturdy tote for shopping, the library or the beach.", "A roomy shoulder tote with an inner zip pocket."],
                ["It is built to carry a full load, day after day.", "Handles are long enough to wear over a coat."]),
            new(DemoShape.Messenger, 70m, 190m, "Cognac,Tan,Navy,Olive,Black", 0.2, ["Colour=*"],
                ["Messenger Bag", "Leather Satchel|Cognac", "Crossbody Bag"],
                ["A classic flap bag with an adjustable strap and room for a tablet.", "A compact bag for everyday essentials, worn across the body."],
                ["Solid brass buckles and hand-finished edges.", "A magnetic catch keeps it closed without fuss."]),
            new(DemoShape.Wallet, 25m, 75m, "Black,Tan,Cognac,Navy", 0.3, ["Colour=*"],
                ["Leather Card Wallet", "Bifold Wallet", "Travel Wallet", "Zip Wallet"],
                ["A slim wallet in vegetable-tanned leather that slips into a front pocket.", "A neat leather wallet for cards and a few folded notes."],
                ["It is hand-stitched with waxed linen thread.", "The leather darkens and softens with use."]),
            new(DemoShape.Pouch, 19m, 45m, "Black,Navy,Sage,Sand,Rust", 0, [],
                ["Toiletry Bag", "Tech Pouch", "Packing Cube Set", "Compression Packing Cubes"],
                ["A water-resistant pouch that keeps the small things in order.", "A zip pouch that packs flat and opens wide."],
                ["The lining wipes clean.", "It comes in a reusable cotton bag."]),
            new(DemoShape.Suitcase, 150m, 420m, "Black,Navy,Sage,Sand,Graphite", 0.6, ["Colour=*"],
                ["Carry-On Suitcase", "Medium Check-In Suitcase", "Large Check-In Suitcase"],
                ["A hard-shell suitcase with four silent spinner wheels and a TSA-approved lock.", "A light, tough case that glides through airports."],
                ["The polycarbonate shell flexes instead of cracking.", "It is covered by a ten-year guarantee."]),
        ],
        // Apparel
        [
            new(DemoShape.TShirt, 18m, 42m, "White,Black,Navy,Grey,Sage,Oatmeal,Rust", 1, ["Size=XS,S,M,L,XL+2~", "Colour=*"],
                ["Organic Cotton T-Shirt", "Heavyweight T-Shirt", "Pocket T-Shirt"],
                ["A soft, regular-fit T-shirt in 100% organic cotton.", "A boxy T-shirt in a heavy jersey that keeps its shape."],
                ["It is pre-shrunk, so it fits the same after every wash.", "The ribbed collar will not stretch out."]),
            new(DemoShape.Shirt, 45m, 95m, "White,Sky,Navy,Oatmeal,Sage,Blue", 1, ["Size=XS,S,M,L,XL", "Colour=*"],
                ["Oxford Shirt", "Linen Shirt", "Flannel Overshirt", "Chambray Shirt|Sky"],
                ["A button-down shirt in a soft cotton that works with jeans or chinos.", "A relaxed long-sleeve shirt that gets better with every wash."],
                ["It has mother-of-pearl buttons and a single chest pocket.", "A curved hem looks good tucked in or left out."]),
            new(DemoShape.Hoodie, 45m, 110m, "Grey,Black,Navy,Oatmeal,Forest,Rust", 1, ["Size=XS,S,M,L,XL+3~", "Colour=*"],
                ["Loopback Hoodie", "Oversized Hoodie", "Heavyweight Hoodie"],
                ["A cosy hoodie in brushed-back organic cotton.", "A roomy hoodie with a lined hood and a kangaroo pocket."],
                ["The cuffs and hem are ribbed to keep their shape.", "It is knitted in Portugal from organic cotton."]),
            new(DemoShape.Sweater, 55m, 140m, "Oatmeal,Navy,Charcoal,Forest,Burgundy", 1, ["Size=XS,S,M,L,XL", "Colour=*"],
                ["Merino Crew Sweater", "Lambswool Jumper", "Cotton Crew Sweater"],
                ["A fine-knit crew neck that layers easily over a shirt.", "A warm, soft jumper in a classic regular fit."],
                ["It keeps its shape wash after wash.", "It is knitted in a family-run mill in Portugal."]),
            new(DemoShape.Jacket, 90m, 240m, "Navy,Olive,Black,Mustard,Rust", 1, ["Size=XS,S,M,L,XL+5~", "Colour=*"],
                ["Packable Rain Jacket", "Chore Jacket", "Lightweight Shell Jacket"],
                ["A light, waterproof jacket that packs into its own pocket.", "A hard-wearing workwear jacket with four patch pockets."],
                ["The fabric is made from recycled materials.", "Deep pockets keep your hands warm and your phone dry."]),
            new(DemoShape.Sock, 9m, 22m, "Grey,Navy,Mustard,Forest,Rust,Oatmeal", 0.9, ["Size=S,M,L", "Colour=*"],
                ["Everyday Socks (3 Pack)", "Merino Hiking Socks", "Ribbed Cotton Socks"],
                ["Soft, hard-wearing socks with a cushioned sole and a reinforced heel and toe.", "Breathable socks that stay up all day without pinching."],
                ["Size S fits UK 3-5, M fits 6-8 and L fits 9-12.", "The heel and toe are reinforced for longer wear."]),
            new(DemoShape.Beanie, 18m, 38m, "Rust,Navy,Grey,Mustard,Forest,Oatmeal", 0.8, ["Colour=*"],
                ["Ribbed Beanie", "Merino Beanie"],
                ["A warm rib-knit beanie with a deep turn-up.", "A soft beanie that is warm without being bulky."],
                ["One size fits most adults.", "It is knitted from pure merino wool that does not itch."]),
            new(DemoShape.Cap, 20m, 38m, "Navy,Sand,Black,Olive,Rust", 0.8, ["Colour=*"],
                ["Six-Panel Cap", "Washed Cotton Cap"],
                ["A classic six-panel cap in washed cotton twill.", "An unstructured cap with a curved brim."],
                ["The brass buckle adjusts to fit.", "It is garment-dyed for a soft, lived-in feel."]),
            new(DemoShape.Scarf, 25m, 80m, "Burgundy,Navy,Mustard,Grey,Forest", 0.5, ["Colour=*"],
                ["Wool Scarf", "Cashmere-Blend Scarf"],
                ["A long, soft scarf woven from lambswool.", "A generous scarf that is light but very warm."],
                ["It has a hand-knotted fringe.", "It is woven in a family-run mill in Scotland."]),
        ],
        // Stationery
        [
            new(DemoShape.Book, 9m, 26m, "Navy,Black,Sage,Terracotta,Mustard,Burgundy", 0.6, ["Ruling=Dot grid,Lined,Plain", "?Size=A6,A5+4", "Colour=*"],
                ["Hardcover Notebook", "Softcover Notebook", "Linen Notebook", "Pocket Notebook"],
                ["A lay-flat notebook with 192 numbered pages of smooth 100 gsm paper.", "A sturdy notebook with a cloth cover and a ribbon marker."],
                ["Fountain pen ink does not bleed through the acid-free paper.", "An elastic closure and a back pocket keep loose notes safe."]),
            new(DemoShape.Book, 12m, 35m, "Black,Sand,Slate,Forest", 0, [],
                ["A4 Sketchbook", "Watercolour Sketchbook", "Travel Sketchbook"],
                ["A sketchbook with heavy, toothy paper for pencil, ink and paint.", "A hard-backed sketchbook that lies flat for drawing across the spread."],
                ["The 200 gsm paper takes light washes without buckling.", "It has a stitched binding and a sturdy board cover."]),
            new(DemoShape.Book, 15m, 35m, "Sage,Navy,Blush,Terracotta,Lilac", 0, [],
                ["Weekly Planner", "Undated Daily Planner", "Academic Year Planner"],
                ["A planner with a week on two pages and space for notes and habits.", "An undated planner you can start any day of the year."],
                ["It includes monthly overviews and year-at-a-glance pages.", "Two ribbon markers keep today and next week a flick away."]),
            new(DemoShape.Book, 14m, 30m, "Burgundy,Tan,Black,Forest", 0, [],
                ["Bullet Journal", "Five-Year Journal", "Leather Journal|Tan"],
                ["A journal for lists, logs and the odd doodle.", "A beautifully bound journal for one line a day."],
                ["The pages are numbered and there is an index at the front.", "It is printed on FSC-certified paper."]),
            new(DemoShape.Pen, 25m, 140m, "Black,Navy,Burgundy,Forest,Brass", 0.5, ["Colour=*"],
                ["Fountain Pen", "Brass Fountain Pen|Brass", "Everyday Fountain Pen"],
                ["A smooth-writing fountain pen with a fine steel nib.", "A well-balanced fountain pen that takes cartridges or a converter."],
                ["It comes with six ink cartridges in blue-black.", "The solid metal body is weighted for comfortable writing."]),
            new(DemoShape.Pen, 8m, 45m, "Black,Navy,Silver,Red,Sage", 0.4, ["Colour=*"],
                ["Rollerball Pen", "Aluminium Ballpoint Pen", "Gel Ink Pen"],
                ["A smooth pen with quick-drying ink that suits left-handers.", "A light pen with a knurled grip and a sturdy pocket clip."],
                ["Refills are available separately.", "It writes first time, every time."]),
            new(DemoShape.Jar, 9m, 18m, "Navy,Black,Burgundy,Forest,Teal", 0, [],
                ["Fountain Pen Ink", "Iron Gall Ink|Black"],
                ["A 50 ml bottle of rich, free-flowing fountain pen ink.", "A deep, permanent ink in a heavy 50 ml glass bottle."],
                ["It is easy to clean from pens and dries in seconds.", "The wide base stops the bottle from tipping."], Content: "50 ml"),
            new(DemoShape.Box, 12m, 35m, "Cream,Sage,Navy,Blush", 0, [],
                ["Letter Writing Set", "Correspondence Card Set"],
                ["A boxed set of writing paper and lined envelopes for proper letters.", "Heavy cards and matching envelopes for thank-you notes and invitations."],
                ["The cotton paper takes fountain pen ink beautifully.", "Everything comes in a keepsake box."]),
            new(DemoShape.Pouch, 12m, 30m, "Sand,Navy,Olive,Tan", 0, [],
                ["Canvas Pencil Case", "Leather Pencil Case|Tan"],
                ["A roomy pencil case with space for pens, pencils and an eraser.", "A simple zip case for the pens you carry every day."],
                ["The brass zip will not snag.", "It is lined with recycled cotton."]),
        ],
    ];

    private static readonly string[][] Closers =
    [
        ["It comes with a lifetime guarantee.", "It arrives in plastic-free packaging.", "A thoughtful gift for anyone who loves to cook."],
        ["It is designed to be repaired rather than replaced.", "Delivered free to your door, fully assembled where possible.", "It arrives in recycled packaging."],
        ["It is designed in our London studio.", "Covered by a two-year guarantee.", "It arrives in recycled packaging."],
        ["Covered by a three-year guarantee.", "It arrives in plastic-free packaging.", "Built to be used outdoors, season after season."],
        ["Covered by a two-year guarantee.", "Firmware updates arrive over the air.", "Try it at home for 30 days."],
        ["Covered by a lifetime guarantee.", "Free repairs for the first five years.", "It arrives in a cotton dust bag."],
        ["Free exchanges if the size is not right.", "Made in a Fair Wear certified factory.", "Wash cool and dry flat."],
        ["Made in England.", "It arrives in plastic-free packaging.", "A lovely gift for anyone who writes."],
    ];

    // Declared after the data above: static fields initialise in order, and Generate reads Kinds and Closers.
    public static IReadOnlyList<DemoProduct> Products { get; } = Generate();

    private static readonly Dictionary<string, DemoProduct> BySlug = Products.ToDictionary(p => p.Slug, StringComparer.Ordinal);

    /// <summary>Builds the catalog from scratch (tests call it again to show it comes out the same).</summary>
    internal static List<DemoProduct> Generate()
    {
        // System.Random with a seed is stable across runs and .NET versions.
        var random = new Random(20261123);
        var products = new List<DemoProduct>();
        var n = 0;
        for (var c = 0; c < Categories.Length; c++)
        {
            var prefix = Categories[c].Slug[..3].ToUpperInvariant();
            var slots = Slots(Kinds[c]);
            for (var i = 0; i < slots.Count; i++, n++)
            {
                var (kind, occurrence) = slots[i];
                var first = n == 0;
                var (name, fixedColour) = Split(kind.Names[occurrence]);
                var slug = Slug.From(name);
                var sku = $"{prefix}-{1000 + n}";

                var price = NicePrice(random, kind.Min, kind.Max);
                var onSale = !first && random.NextDouble() < 0.15;
                decimal? was = onSale ? NiceAbove(random, price * (decimal)(1.15 + random.NextDouble() * 0.3)) : null;

                var colourName = fixedColour ?? Pick(random, kind.Colours.Split(','));
                var options = new List<(DemoOption Option, decimal[] Extras)>();
                if (!first && random.NextDouble() < kind.OptionChance)
                {
                    foreach (var spec in kind.Options)
                    {
                        var parsed = ParseOption(spec, kind, random, fixedColour is not null);
                        if (parsed is not null) options.Add(parsed.Value);
                    }
                }

                // 6% sold out, 7% nearly gone; the first product is the well-stocked favourite the tests buy.
                var plan = first ? 2 : random.NextDouble() switch { < 0.06 => 0, < 0.13 => 1, _ => 2 };
                var variants = options.Count == 0 ? [] : Variants(random, sku, price, was, options, plan);
                var stock = variants.Count == 0
                    ? plan switch { 0 => 0, 1 => random.Next(1, StockState.LowThreshold + 1), _ => first ? 64 : random.Next(8, 151) }
                    : variants.Sum(v => v.Stock);
                var colourIndex = options.FindIndex(o => IsColourOption(o.Option.Name));
                var colour = colourIndex >= 0 ? Palette[options[colourIndex].Option.Values[0]] : Palette[colourName];

                var description = Describe(random, kind, occurrence, c);
                // Taking the categories in turn: product i of every category was added before product i + 1 of any.
                var createdAt = Epoch.AddHours(i * Categories.Length + c).AddMinutes(random.Next(0, 50));

                products.Add(new DemoProduct(name, slug, sku, description, price, was, stock, c, createdAt, kind.Shape, colour,
                    first ? 4 : random.Next(2, 5), options.Select(o => o.Option).ToList(), variants, NetContent.Parse(kind.Content)));
            }
        }
        return products;
    }

    /// <summary>Each kind's names, the kinds taken in turn so a category page mixes them.</summary>
    private static List<(Kind Kind, int Occurrence)> Slots(Kind[] kinds)
    {
        var slots = new List<(Kind, int)>();
        for (var round = 0; slots.Count < kinds.Sum(k => k.Names.Length); round++)
            foreach (var kind in kinds)
                if (round < kind.Names.Length) slots.Add((kind, round));
        if (slots.Count != ProductsPerCategory) throw new InvalidOperationException($"A demo category has {slots.Count} products, not {ProductsPerCategory}.");
        return slots;
    }

    private static (string Name, string? Colour) Split(string entry) =>
        entry.IndexOf('|') is var bar and >= 0 ? (entry[..bar], entry[(bar + 1)..]) : (entry, null);

    private static (DemoOption, decimal[])? ParseOption(string spec, Kind kind, Random random, bool colourFixed)
    {
        var sometimes = spec.StartsWith('?');
        if (sometimes) spec = spec[1..];
        var eq = spec.IndexOf('=');
        var name = spec[..eq];
        if (IsColourOption(name) && colourFixed) return null;
        if (sometimes && random.NextDouble() < 0.5) return null;

        string[] entries;
        if (spec[(eq + 1)..] == "*")
        {
            var all = kind.Colours.Split(',');
            var count = Math.Min(all.Length, random.Next(3, 6));
            // Keep the kind's order: the first colours are the "main" ones.
            entries = all.Select((v, i) => (v, key: random.NextDouble())).OrderBy(x => x.key).Take(count)
                .Select(x => x.v).OrderBy(v => Array.IndexOf(all, v)).ToArray();
        }
        else
        {
            entries = spec[(eq + 1)..].Split(',');
        }

        // An XL costs more on some products; a premium finish or a bigger capacity always does.
        var charge = !entries.Any(e => e.EndsWith('~')) || random.NextDouble() < 0.4;
        var values = new string[entries.Length];
        var extras = new decimal[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i].TrimEnd('~');
            var plus = entry.IndexOf('+');
            values[i] = plus < 0 ? entry : entry[..plus];
            extras[i] = plus < 0 || !charge ? 0m : decimal.Parse(entry[(plus + 1)..], CultureInfo.InvariantCulture);
        }
        return (new DemoOption(name, values), extras);
    }

    /// <summary>Every combination of the options' values (the first option varies slowest).</summary>
    private static List<DemoVariant> Variants(Random random, string sku, decimal price, decimal? was,
        List<(DemoOption Option, decimal[] Extras)> options, int plan)
    {
        var codes = options.Select(o => Codes(o.Option.Values)).ToList();
        var combos = new List<int[]> { Array.Empty<int>() };
        foreach (var (option, _) in options)
            combos = combos.SelectMany(prefix => Enumerable.Range(0, option.Values.Length).Select(v => prefix.Append(v).ToArray())).ToList();

        var colourIndex = options.FindIndex(o => IsColourOption(o.Option.Name));
        var stocks = combos.Select(_ => plan switch
        {
            0 => 0,
            _ => random.NextDouble() < 0.12 ? 0 : random.Next(2, 31),
        }).ToArray();
        if (plan == 1)
        {
            // Nearly gone: one or two combinations left, a few units in all.
            Array.Clear(stocks);
            stocks[random.Next(combos.Count)] = random.Next(1, 3);
            stocks[random.Next(combos.Count)] += random.Next(1, 3);
        }

        var variants = new List<DemoVariant>(combos.Count);
        for (var i = 0; i < combos.Count; i++)
        {
            var combo = combos[i];
            var values = combo.Select((v, o) => options[o].Option.Values[v]).ToArray();
            var extra = combo.Select((v, o) => options[o].Extras[v]).Sum();
            var code = string.Join("-", combo.Select((v, o) => codes[o][v]));
            variants.Add(new DemoVariant($"{sku}-{code}", values,
                extra > 0 ? price + extra : null,
                extra > 0 && was is { } w ? w + extra : null,
                stocks[i],
                colourIndex >= 0 ? Palette[values[colourIndex]] : null));
        }
        return variants;
    }

    /// <summary>Short SKU codes for an option's values: "M", "XL", "20CM", "BLU"; unique within the option.</summary>
    private static string[] Codes(string[] values)
    {
        var codes = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var compact = new string(values[i].Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
            var letters = char.IsAsciiDigit(compact[0]) || compact.Length <= 3 ? compact : compact[..3];
            var code = letters;
            for (var extra = 4; codes.Take(i).Contains(code); extra++)
                code = extra <= compact.Length ? compact[..extra] : letters + extra;
            codes[i] = code;
        }
        return codes;
    }

    private static string Describe(Random random, Kind kind, int occurrence, int category)
    {
        var lead = kind.Leads[occurrence % kind.Leads.Length];
        var detail = kind.Details[(occurrence + random.Next(kind.Details.Length)) % kind.Details.Length];
        var closer = random.NextDouble() < 0.5 ? " " + Pick(random, Closers[category]) : "";
        return $"{lead} {detail}{closer}";
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    /// <summary>A shop-like price in the range: 14.50, 24.95, 39.99, 45.00, 249.99, 480.00.</summary>
    private static decimal NicePrice(Random random, decimal min, decimal max)
    {
        var raw = min + (decimal)random.NextDouble() * (max - min);
        var style = random.Next(4);
        var price = raw switch
        {
            < 20m => Math.Floor(raw) + style switch { 0 => 0.50m, 1 => 0.95m, 2 => 0.99m, _ => 0.00m },
            < 100m => style switch
            {
                0 => Math.Round(raw / 5m) * 5m,
                1 => Math.Floor(raw) + 0.95m,
                2 => Math.Floor(raw) + 0.50m,
                _ => Math.Floor(raw) + 0.99m,
            },
            _ => style switch
            {
                0 or 1 => Math.Round(raw / 10m) * 10m - 0.01m,
                2 => Math.Round(raw / 10m) * 10m - 0.05m,
                _ => Math.Round(raw / 5m) * 5m,
            },
        };
        return Math.Max(price, min) + 0.00m; // two decimals, also for round prices: 45.00
    }

    /// <summary>A "was" price at or above <paramref name="raw"/>: 29.99, 45.00, 129.00.</summary>
    private static decimal NiceAbove(Random random, decimal raw) => raw switch
    {
        < 100m when random.Next(2) == 0 => Math.Ceiling(raw) + 0.99m,
        < 100m => Math.Ceiling(raw / 5m) * 5m + 0.00m,
        _ => Math.Ceiling(raw / 10m) * 10m + 0.00m,
    };
}
