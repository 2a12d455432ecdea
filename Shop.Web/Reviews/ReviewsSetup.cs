namespace Shop.Web.Reviews;

public static class ReviewsSetup
{
    public static IServiceCollection AddReviews(this IServiceCollection services) =>
        services.AddScoped<ProductReviews>().AddScoped<Account.IPersonalData, DeletedAccountReviews>()
            .AddScoped<Account.IPersonalDataPart, ReviewsInPersonalData>();
}
