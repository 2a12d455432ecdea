namespace Shop.Web.Wishlist;

public static class WishlistSetup
{
    public static IServiceCollection AddWishlist(this IServiceCollection services) => services.AddScoped<SavedProducts>().AddScoped<Account.IPersonalDataPart, WishlistInPersonalData>();
}
