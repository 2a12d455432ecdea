using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Shop.Web.Data.Seed;
using Shop.Web.Languages;

namespace Shop.Web.Shared;

public static class MvcSetup
{
    public static IServiceCollection AddShopMvc(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "shop.antiforgery";
            // Antiforgery refuses to work at all over plain HTTP with Always (it throws), which would turn a missing
            // forwarded-proto setting into 500s. Over HTTPS (enforced outside Development) the cookie is Secure.
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "shop.tempdata";
            CookieSecurity.Apply(o.Cookie, environment);
        });
        services.AddControllersWithViews(o =>
        {
            // Every POST, PUT, PATCH and DELETE needs a valid antiforgery token; nobody can forget the attribute.
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            // A form too large or with too many fields gets 413/400 before antiforgery reads it and calls it a bad token.
            o.Filters.Add(new UnreadableFormFilter());
            o.Filters.Add(new UnreadableValueMessages());
            o.Conventions.Add(new HeadLikeGet());
            // FluentValidation owns the messages; otherwise a missing non-nullable string gets MVC's
            // "The X field is required." instead of the validator's wording.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            o.ModelMetadataDetailsProviders.Add(new ValueTypesNotRequiredByDefault());
            o.ModelBinderProviders.Insert(0, new PlainDecimalBinderProvider());
            o.ModelBinderProviders.Insert(0, new TickBoxBinderProvider());
            TranslateBindingMessages(o.ModelBindingMessageProvider);
        });
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new FeatureViewLocations()));
        services.AddFluentValidationAutoValidation();
        services.AddFluentValidationClientsideAdapters();
        services.AddValidatorsFromAssemblyContaining<ShopOptions>(ServiceLifetime.Scoped);
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddSingleton<SealedValues>();
        services.AddResponseCompression(o => o.EnableForHttps = true);
        // Shop forms are small; file uploads raise their own limit with [RequestSizeLimit].
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = 1024 * 1024);
        // A sale opens with thousands of new connections in the same instant: the default backlog (512) drops most of
        // their first tries, and a dropped one waits a second or more to try again. The kernel caps it (somaxconn).
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets.SocketTransportOptions>(o => o.Backlog = 4096);
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
        {
            o.ValueCountLimit = 200;
            o.ValueLengthLimit = 64 * 1024;
            o.MultipartBodyLengthLimit = 8 * 1024 * 1024;
        });
        return services;
    }

    /// <summary>
    /// MVC's own messages for a value it cannot read ("The value 'abc' is not valid for Quantity."), in the shopper's
    /// language: the same English sentences, looked up in ShopText when the message is made, with the field's name.
    /// </summary>
    private static void TranslateBindingMessages(DefaultModelBindingMessageProvider messages)
    {
        static string Field(string? name) => string.IsNullOrEmpty(name) ? "" : FieldNames.Translate(name);
        messages.SetMissingBindRequiredValueAccessor(name => ShopText.Translate("A value for the '{0}' parameter or property was not provided.", Field(name)));
        messages.SetMissingKeyOrValueAccessor(() => ShopText.Translate("A value is required."));
        messages.SetMissingRequestBodyRequiredValueAccessor(() => ShopText.Translate("A non-empty request body is required."));
        messages.SetValueMustNotBeNullAccessor(value => ShopText.Translate("The value '{0}' is invalid.", value));
        messages.SetAttemptedValueIsInvalidAccessor((value, name) => ShopText.Translate("The value '{0}' is not valid for {1}.", value, Field(name)));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => ShopText.Translate("The value '{0}' is not valid.", value));
        messages.SetUnknownValueIsInvalidAccessor(name => ShopText.Translate("The supplied value is invalid for {0}.", Field(name)));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => ShopText.Translate("The supplied value is invalid."));
        messages.SetValueIsInvalidAccessor(value => ShopText.Translate("The value '{0}' is invalid.", value));
        messages.SetValueMustBeANumberAccessor(name => ShopText.Translate("The field {0} must be a number.", Field(name)));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => ShopText.Translate("The field must be a number."));
    }

    /// <summary>Error pages, static files (app and media), routing. Order matters: see the comments.</summary>
    public static WebApplication UseShopPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                // Oversized or malformed requests are the client's fault: 413/400; the database away is 503; not 500.
                StatusCodeSelector = ErrorPage.StatusFor,
            });
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseResponseCompression();

        // URLs carry ?v=<hash> (asp-append-version), so a changed file gets a new URL and the old one may be cached long.
        static void CacheVersioned(StaticFileResponseContext ctx)
        {
            if (ctx.Context.Request.Query.ContainsKey("v"))
                ctx.Context.Response.Headers.CacheControl = "public,max-age=31536000,immutable";
        }
        // The .br/.gz copies that publish makes, to browsers that take them; everything else as it is (compressed on the fly).
        app.UsePrecompressedStaticFiles(app.Environment.WebRootFileProvider, CacheVersioned);
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = CacheVersioned });
        var media = Path.Combine(ShopConfiguration.DataDirectory(app.Configuration, app.Environment), "media");
        Directory.CreateDirectory(media);
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/media",
            FileProvider = new PhysicalFileProvider(media),
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl =
                ctx.Context.Request.Path.StartsWithSegments(DemoPictureFiles.RequestPath) ? DemoPictureFiles.CacheControl : "public,max-age=86400",
        });
        // Demo pictures not drawn yet (only with Shop:SeedDemoCatalog): drawn, kept in the media folder, served.
        app.UseDemoPictures();

        // After the static files (which may be kept), before everything personal.
        app.UseNoStoreByDefault();
        app.UseRouting();
        app.UseShopRateLimits();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.MapControllers();
        return app;
    }
}
