using Shop.Web.Admin.Customers;
using Shop.Web.Admin.Products;

namespace Shop.Tests.Admin;

/// <summary>Rules that need no database: stock movements, archiving, versions, picture sniffing, the last admin.</summary>
public class AdminRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_stock_movement_records_what_is_left_on_the_shelf()
    {
        var m = new StockMovement(7, 7, 10, -3, StockMovementReason.Damaged, "dropped", "u1", "a@example.com", Now);
        Assert.That((m.OnHandAfter, m.Delta, m.Reason), Is.EqualTo((7, -3, StockMovementReason.Damaged)));
    }

    [Test]
    public void Stock_can_never_go_below_zero()
    {
        var e = Assert.Throws<DomainException>(() => StockMovement.Check(2, -3, StockMovementReason.Correction));
        Assert.That(e!.Message, Does.Contain("below zero").And.Contain("2 on hand"));
    }

    [Test]
    public void Stock_can_never_go_above_the_most_a_variant_holds()
    {
        Assert.DoesNotThrow(() => StockMovement.Check(1, ProductVariant.MaxStock - 1, StockMovementReason.Received));
        var e = Assert.Throws<DomainException>(() => StockMovement.Check(ProductVariant.MaxStock, 1_000_000, StockMovementReason.Received));
        Assert.That(e!.Message, Is.EqualTo("Stock can be at most 1,000,000: 1000000 on hand, so at most 0 can be added."));
    }

    [TestCase(StockMovementReason.Received, -1)]
    [TestCase(StockMovementReason.Damaged, 1)]
    [TestCase(StockMovementReason.Correction, 0)]
    public void A_movement_must_match_its_reason_and_change_something(StockMovementReason reason, int delta) =>
        Assert.Throws<DomainException>(() => StockMovement.Check(10, delta, reason));

    [Test]
    public void An_archived_product_is_unpublished_and_cannot_be_published_again()
    {
        var p = new Product("Lamp", "lamp", "L-1", "", 10m, 1, Now);
        p.Publish();
        p.Archive();
        Assert.That(p.IsPublished, Is.False);
        Assert.Throws<DomainException>(p.Publish);
    }

    [Test]
    public void Every_staff_save_moves_the_product_to_a_new_version()
    {
        var p = new Product("Lamp", "lamp", "L-1", "", 10m, 1, Now);
        var first = p.Version;
        p.Touch(Now.AddMinutes(1));
        Assert.That(p.Version, Is.EqualTo(first + 1));
    }

    [Test]
    public void Pictures_are_recognised_by_their_bytes_not_their_names()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ImageFormat.Sniff(AdminFixture.SmallPng()), Is.EqualTo(ImageFormat.Png));
            Assert.That(ImageFormat.Sniff([0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), Is.EqualTo(ImageFormat.Jpeg));
            Assert.That(ImageFormat.Sniff("RIFF\0\0\0\0WEBPVP8 "u8.ToArray()), Is.EqualTo(ImageFormat.WebP));
            Assert.That(ImageFormat.Sniff("just some text, named photo.png"u8.ToArray()), Is.Null);
            Assert.That(ImageFormat.Sniff("GIF89a"u8.ToArray()), Is.Null);
        });
    }

    [Test]
    public void The_last_active_admin_cannot_lose_admin_rights()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AdminRoster.WouldLeaveNoAdmin(targetIsAdmin: true, activeAdmins: 1), Is.True);
            Assert.That(AdminRoster.WouldLeaveNoAdmin(targetIsAdmin: true, activeAdmins: 2), Is.False);
            Assert.That(AdminRoster.WouldLeaveNoAdmin(targetIsAdmin: false, activeAdmins: 1), Is.False);
        });
    }
}
