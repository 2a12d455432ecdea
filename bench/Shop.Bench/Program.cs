using Shop.Bench;

// dotnet Shop.Bench.dll baseline <port> <html-file>     serve one static page: the machine's ceiling
// dotnet Shop.Bench.dll flashsale <base-url> <slug> <shoppers> <report-file>
// dotnet Shop.Bench.dll cluster <node-a> <node-b> <balancer> <node-a-pid> <slug> <price-slug>   (tools/cluster-test.sh;
//     staff credentials in SHOP_STAFF_EMAIL / SHOP_STAFF_PASSWORD)
return args.FirstOrDefault() switch
{
    "baseline" when args.Length == 3 => await Baseline.RunAsync(int.Parse(args[1]), args[2]),
    "flashsale" when args.Length == 5 => await FlashSale.RunAsync(args[1], args[2], int.Parse(args[3]), args[4]),
    "cluster" when args.Length == 7 => await ClusterCheck.RunAsync(args[1], args[2], args[3], int.Parse(args[4]), args[5], args[6]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: baseline <port> <html-file> | flashsale <base-url> <product-slug> <shoppers> <report-file>"
        + " | cluster <node-a> <node-b> <balancer> <node-a-pid> <product-slug> <price-product-slug>");
    return 2;
}
