using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Web.Data;

namespace Shop.Web.Content;

internal sealed class ContentPageConfiguration : IEntityTypeConfiguration<ContentPage>
{
    private static readonly DateTimeOffset Written = new(2026, 12, 4, 0, 0, 0, TimeSpan.Zero);

    public void Configure(EntityTypeBuilder<ContentPage> p)
    {
        p.HasEditVersion();
        p.ToTable("ContentPages");
        p.Property(x => x.Id).ValueGeneratedNever();
        p.Property(x => x.Slug).HasMaxLength(60).IsRequired();
        p.Property(x => x.Title).HasMaxLength(ContentPage.TitleMax).IsRequired();
        p.Property(x => x.Markdown).HasMaxLength(ContentPage.MarkdownMax).IsRequired();
        p.HasIndex(x => x.Slug).IsUnique();
        // Every shop starts with the standard pages, worded plainly: staff make them their own.
        p.HasData(ContentPages.All.Select(s => new { s.Id, s.Slug, s.Title, s.Markdown, UpdatedAt = Written, EditVersion = 0 }));
    }
}

public static class ContentPageData
{
    extension(ShopDbContext db)
    {
        public DbSet<ContentPage> ContentPages => db.Set<ContentPage>();
    }
}

internal sealed class ContentPageTranslationConfiguration : IEntityTypeConfiguration<ContentPageTranslation>
{
    private static readonly DateTimeOffset Written = new(2026, 12, 4, 0, 0, 0, TimeSpan.Zero);

    public void Configure(EntityTypeBuilder<ContentPageTranslation> t)
    {
        t.ToTable("ContentPageTranslations");
        t.HasKey(x => new { x.ContentPageId, x.Language });
        t.Property(x => x.Language).HasMaxLength(Shop.Domain.Catalog.ProductTranslation.LanguageMax);
        t.Property(x => x.Title).HasMaxLength(ContentPage.TitleMax).IsRequired();
        t.Property(x => x.Markdown).HasMaxLength(ContentPage.MarkdownMax).IsRequired();
        t.HasOne<ContentPage>().WithMany().HasForeignKey(x => x.ContentPageId).OnDelete(DeleteBehavior.Cascade);
        t.HasData(ContentPages.Translations.Select(s => new ContentPageTranslation(s.Id, s.Language, s.Title, s.Markdown, Written)));
    }
}
