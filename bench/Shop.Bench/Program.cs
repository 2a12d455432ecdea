using Shop.Bench;

// dotnet Shop.Bench.dll baseline <port> <html-file>     serve one static page: the machine's ceiling
// dotnet Shop.Bench.dll flashsale <base-url> <slug> <shoppers> <report-file>
return args.FirstOrDefault() switch
{
    "baseline" when args.Length == 3 => await Baseline.RunAsync(int.Parse(args[1]), args[2]),
    "flashsale" when args.Length == 5 => await FlashSale.RunAsync(args[1], args[2], int.Parse(args[3]), args[4]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: baseline <port> <html-file> | flashsale <base-url> <product-slug> <shoppers> <report-file>");
    return 2;
}
