using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;

namespace Shop.Web.Data;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> c)
    {
        c.HasEditVersion();
        c.Property(x => x.Name).HasMaxLength(100).IsRequired();
        c.Property(x => x.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        c.Property(x => x.Description).HasMaxLength(2000).IsRequired();
        c.HasIndex(x => x.Slug).IsUnique();
        c.HasIndex(x => x.SortOrder);
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> p)
    {
        p.Property(x => x.Name).HasMaxLength(200).IsRequired();
        p.Property(x => x.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        p.Property(x => x.Sku).HasMaxLength(ProductVariant.MaxSkuLength).IsRequired();
        p.Property(x => x.Brand).HasMaxLength(Product.BrandMax);
        p.Property(x => x.Description).HasMaxLength(4000).IsRequired();
        p.Property(x => x.Price).IsAmount();
        p.Property(x => x.CompareAtPrice).IsAmount();
        p.Property(x => x.TaxClass).HasConversion<string>().HasMaxLength(20);
        p.Property(x => x.ImagePath).HasMaxLength(ProductImage.MaxPathLength);
        // An int the app increments on every staff save (Product.Touch): one model that works on SQLite and SQL Server.
        p.Property(x => x.Version).IsConcurrencyToken();
        p.Property(x => x.ContentAmount).HasPrecision(12, 3);
        p.Property(x => x.ContentUnit).HasConversion<string>().HasMaxLength(12);
        p.Ignore(x => x.Content);
        p.Ignore(x => x.Stock);
        p.Ignore(x => x.IsOnSale);
        p.Ignore(x => x.HasOptions);
        p.Ignore(x => x.DefaultVariant);
        p.HasMany(x => x.Variants).WithOne().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
        p.HasMany(x => x.Options).WithOne().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
        p.HasMany(x => x.Images).WithOne().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
        // A product is loaded whole: its rules (stock, SKU, pictures) read its variants, options and gallery. Each
        // collection comes in a query of its own (split queries are the data layer's default).
        p.Navigation(x => x.Variants).AutoInclude();
        p.Navigation(x => x.Options).AutoInclude();
        p.Navigation(x => x.Images).AutoInclude();
        p.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        p.HasIndex(x => x.Slug).IsUnique();
        p.HasIndex(x => x.Sku).IsUnique();
        // Shopper lists filter on published + category and sort by name, price or newest.
        p.HasIndex(x => new { x.IsPublished, x.CategoryId, x.Name });
        p.HasIndex(x => new { x.IsPublished, x.Price });
        p.HasIndex(x => new { x.IsPublished, x.CreatedAt });
    }
}

internal sealed class ProductVariantConfiguration : IEntityTypeConfiguration<ProductVariant>
{
    public void Configure(EntityTypeBuilder<ProductVariant> v)
    {
        v.ToTable("ProductVariants");
        v.Property(x => x.Sku).HasMaxLength(ProductVariant.MaxSkuLength).IsRequired();
        v.Property(x => x.Option1).HasMaxLength(ProductOption.MaxValueLength);
        v.Property(x => x.Option2).HasMaxLength(ProductOption.MaxValueLength);
        v.Property(x => x.Option3).HasMaxLength(ProductOption.MaxValueLength);
        v.Property(x => x.Price).IsAmount();
        v.Property(x => x.CompareAtPrice).IsAmount();
        v.Property(x => x.LowestPriorPrice).IsAmount();
        v.Property(x => x.ImagePath).HasMaxLength(ProductImage.MaxPathLength);
        v.Property(x => x.ContentAmount).HasPrecision(12, 3);
        v.Property(x => x.ContentUnit).HasConversion<string>().HasMaxLength(12);
        v.Ignore(x => x.Content);
        v.Ignore(x => x.Values);
        v.Ignore(x => x.Title);
        v.Ignore(x => x.Stock);
        v.HasIndex(x => x.Sku).IsUnique();
        // One barcode, one variant in the whole catalog (the grid's validator says it first; this holds it under races).
        v.Property(x => x.Gtin).HasMaxLength(Gtin.MaxLength);
        v.HasIndex(x => x.Gtin).IsUnique();
        // Lists ask "any published variant in stock" and "lowest price" per product.
        v.HasIndex(x => new { x.ProductId, x.IsPublished, x.StockOnHand });
    }
}

internal sealed class VariantPriceConfiguration : IEntityTypeConfiguration<VariantPrice>
{
    public void Configure(EntityTypeBuilder<VariantPrice> h)
    {
        h.ToTable("VariantPrices");
        h.Property(x => x.Price).IsAmount();
        h.HasOne(x => x.Variant).WithMany().HasForeignKey(x => x.VariantId).OnDelete(DeleteBehavior.Cascade);
        h.HasIndex(x => new { x.VariantId, x.From });
    }
}

internal sealed class ProductOptionConfiguration : IEntityTypeConfiguration<ProductOption>
{
    public void Configure(EntityTypeBuilder<ProductOption> o)
    {
        o.ToTable("ProductOptions");
        o.HasKey(x => new { x.ProductId, x.Position });
        o.Property(x => x.Position).ValueGeneratedNever();
        o.Property(x => x.Name).HasMaxLength(ProductOption.MaxNameLength).IsRequired();
        o.PrimitiveCollection(x => x.Values).IsRequired();
    }
}

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> i)
    {
        i.ToTable("ProductImages");
        i.Property(x => x.Path).HasMaxLength(ProductImage.MaxPathLength).IsRequired();
        i.Property(x => x.AltText).HasMaxLength(ProductImage.MaxAltTextLength).IsRequired();
        i.HasIndex(x => new { x.ProductId, x.Position });
    }
}

internal sealed class ProductTranslationConfiguration : IEntityTypeConfiguration<ProductTranslation>
{
    public void Configure(EntityTypeBuilder<ProductTranslation> t)
    {
        t.ToTable("ProductTranslations");
        t.HasKey(x => new { x.ProductId, x.Language });
        t.Property(x => x.Language).HasMaxLength(ProductTranslation.LanguageMax);
        t.Property(x => x.Name).HasMaxLength(ProductTranslation.NameMax).IsRequired();
        t.Property(x => x.Description).HasMaxLength(ProductTranslation.DescriptionMax).IsRequired();
        t.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PictureTranslationConfiguration : IEntityTypeConfiguration<PictureTranslation>
{
    public void Configure(EntityTypeBuilder<PictureTranslation> t)
    {
        t.ToTable("PictureTranslations");
        t.HasKey(x => new { x.ProductImageId, x.Language });
        t.Property(x => x.Language).HasMaxLength(ProductTranslation.LanguageMax);
        t.Property(x => x.AltText).HasMaxLength(ProductImage.MaxAltTextLength).IsRequired();
        t.HasOne<ProductImage>().WithMany().HasForeignKey(x => x.ProductImageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CategoryTranslationConfiguration : IEntityTypeConfiguration<CategoryTranslation>
{
    public void Configure(EntityTypeBuilder<CategoryTranslation> t)
    {
        t.ToTable("CategoryTranslations");
        t.HasKey(x => new { x.CategoryId, x.Language });
        t.Property(x => x.Language).HasMaxLength(ProductTranslation.LanguageMax);
        t.Property(x => x.Name).HasMaxLength(CategoryTranslation.NameMax).IsRequired();
        t.Property(x => x.Description).HasMaxLength(CategoryTranslation.DescriptionMax).IsRequired();
        t.HasOne<Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OptionWordTranslationConfiguration : IEntityTypeConfiguration<OptionWordTranslation>
{
    public void Configure(EntityTypeBuilder<OptionWordTranslation> t)
    {
        t.ToTable("OptionWordTranslations");
        t.HasKey(x => new { x.Language, x.Word });
        t.Property(x => x.Language).HasMaxLength(ProductTranslation.LanguageMax);
        t.Property(x => x.Word).HasMaxLength(OptionWordTranslation.WordMax);
        t.Property(x => x.Translation).HasMaxLength(OptionWordTranslation.TranslationMax).IsRequired();
    }
}
