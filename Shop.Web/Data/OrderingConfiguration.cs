using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain;
using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Domain.Markets;
using Shop.Domain.Ordering;
using Shop.Domain.Catalog;

namespace Shop.Web.Data;

internal static class MoneyMapping
{
    /// <summary>Amounts are stored with 18 digits, three of them decimals: every currency's minor unit fits (KWD has three).</summary>
    public const int Precision = 18, Scale = 3;

    /// <summary>Money is stored as two columns: the amount and its currency code.</summary>
    public static void Money<T>(this ComplexPropertyBuilder<T> money) where T : notnull
    {
        money.Property(nameof(Shop.Domain.Money.Amount)).HasPrecision(Precision, Scale);
        money.Property(nameof(Shop.Domain.Money.Currency)).HasMaxLength(3).IsRequired();
    }

    /// <summary>An amount in the shop's currency kept without its code (a price, a threshold).</summary>
    public static PropertyBuilder<T> IsAmount<T>(this PropertyBuilder<T> amount) => amount.HasPrecision(Precision, Scale);
}

internal sealed class ShoppingCartConfiguration : IEntityTypeConfiguration<ShoppingCart>
{
    public void Configure(EntityTypeBuilder<ShoppingCart> c)
    {
        c.ToTable("Carts");
        c.HasIndex(x => x.Token).IsUnique();
        c.HasIndex(x => x.UserId);
        c.HasIndex(x => x.UpdatedAt);
        c.Property(x => x.UserId).HasMaxLength(450);
        c.Property(x => x.DiscountCode).HasMaxLength(DiscountCode.MaxCodeLength);
        c.HasMany(x => x.Lines).WithOne().HasForeignKey("CartId").OnDelete(DeleteBehavior.Cascade);
        c.Navigation(x => x.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> l)
    {
        l.ToTable("CartLines");
        l.Property<int>("CartId");
        l.HasIndex("CartId", nameof(CartLine.VariantId)).IsUnique();
    }
}

internal sealed class DiscountCodeConfiguration : IEntityTypeConfiguration<DiscountCode>
{
    public void Configure(EntityTypeBuilder<DiscountCode> d)
    {
        d.HasEditVersion();
        d.Property(x => x.Code).HasMaxLength(DiscountCode.MaxCodeLength).IsRequired();
        d.HasIndex(x => x.Code).IsUnique();
        d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        d.Property(x => x.Value).IsAmount(); // a percentage or an amount
        d.Property(x => x.MinimumSubtotal).IsAmount();
        d.Ignore(x => x.IsUsedUp);
        d.Ignore(x => x.IsLimitedToSomeGoods);
        d.PrimitiveCollection(x => x.ProductIds);
        d.PrimitiveCollection(x => x.CategoryIds);
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    private static void AddressColumns(ComplexPropertyBuilder<Address> a)
    {
        a.Property(x => x.FullName).HasMaxLength(Address.NameMax).IsRequired();
        a.Property(x => x.Company).HasMaxLength(Address.CompanyMax); // null: a private address, and every order before companies
        a.Property(x => x.Line1).HasMaxLength(Address.LineMax).IsRequired();
        a.Property(x => x.Line2).HasMaxLength(Address.LineMax).IsRequired();
        a.Property(x => x.City).HasMaxLength(Address.CityMax).IsRequired();
        a.Property(x => x.Region).HasMaxLength(Address.RegionMax).IsRequired();
        a.Property(x => x.PostalCode).HasMaxLength(Address.PostalCodeMax).IsRequired();
        a.Property(x => x.CountryCode).HasMaxLength(2).IsRequired();
        a.Property(x => x.Phone).HasMaxLength(Address.PhoneMax);
    }

    public void Configure(EntityTypeBuilder<Order> o)
    {
        o.Property(x => x.Number).HasMaxLength(20).IsRequired();
        o.HasIndex(x => x.Number).IsUnique();
        // The idempotency key is what makes a double-submitted checkout find the first order instead of a second.
        o.HasIndex(x => x.IdempotencyKey).IsUnique();
        o.HasIndex(x => x.UserId);
        o.HasIndex(x => x.Email);
        o.HasIndex(x => new { x.Status, x.PlacedAt });
        o.HasIndex(x => x.PlacedAt);
        // Two orders can never share an invoice number: of two issuing the same next number at once, one save fails.
        o.HasIndex(x => x.InvoiceNumber).IsUnique();
        o.Property(x => x.UserId).HasMaxLength(450);
        o.Property(x => x.Email).HasMaxLength(254).IsRequired();
        o.Property(x => x.Currency).HasMaxLength(3).IsRequired();
        o.Property(x => x.DiscountCode).HasMaxLength(DiscountCode.MaxCodeLength);
        o.Property(x => x.PaymentTransactionId).HasMaxLength(100);
        o.Property(x => x.TrackingNumber).HasMaxLength(100);
        o.Property(x => x.Carrier).HasMaxLength(50);
        o.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        o.Property(x => x.ThreeDSecure).HasConversion<string>().HasMaxLength(20);
        o.Property(x => x.PaymentMethod).HasConversion<string>().HasMaxLength(20);
        o.Property(x => x.PayerEmail).HasMaxLength(254);
        o.Property(x => x.ShippingMethod).HasConversion<string>().HasMaxLength(20);
        o.Property(x => x.ShippingName).HasMaxLength(ZoneMethod.NameMax);
        o.Property(x => x.VatNumber).HasMaxLength(20);
        o.Property(x => x.Language).HasMaxLength(Order.LanguageMax);
        o.ComplexProperty(x => x.Subtotal).Money();
        o.ComplexProperty(x => x.Discount).Money();
        o.ComplexProperty(x => x.ShippingCost).Money();
        o.ComplexProperty(x => x.Tax).Money();
        o.ComplexProperty(x => x.Total).Money();
        o.ComplexProperty(x => x.RefundedAmount).Money();
        o.Property<decimal?>("TaxRefundedAmount").IsAmount();
        o.ComplexProperty(x => x.ShippingAddress, AddressColumns);
        o.ComplexProperty(x => x.BillingAddress, AddressColumns); // optional: null when the bill goes to the delivery address
        o.HasMany(x => x.Lines).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        o.Navigation(x => x.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        o.HasMany(x => x.History).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        o.Navigation(x => x.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        o.HasMany(x => x.TaxLines).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        o.Navigation(x => x.TaxLines).UsePropertyAccessMode(PropertyAccessMode.Field);
        o.HasMany(x => x.Refunds).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        o.Navigation(x => x.Refunds).UsePropertyAccessMode(PropertyAccessMode.Field);
        o.Ignore(x => x.RefundedOnInvoice);
        o.Ignore(x => x.TaxRefundedOnInvoice);
        o.Ignore(x => x.BillTo);
        o.Ignore(x => x.RefundableAmount);
        o.Ignore(x => x.CanBeShipped);
        o.Ignore(x => x.ShipsNothing);
        o.Ignore(x => x.ShippedLines);
        o.Ignore(x => x.CanBeCancelled);
        o.Ignore(x => x.CanBeRefunded);
        o.Ignore(x => x.CanBeInvoiced);
        o.Ignore(x => x.IsFreeOfCharge);
        o.Ignore(x => x.VatTakenOff);
    }
}

internal sealed class OrderRefundConfiguration : IEntityTypeConfiguration<OrderRefund>
{
    public void Configure(EntityTypeBuilder<OrderRefund> r)
    {
        r.ToTable("OrderRefunds");
        r.ComplexProperty(x => x.Amount).Money();
        r.ComplexProperty(x => x.Tax).Money();
        r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        r.Property(x => x.Reason).HasMaxLength(OrderRefund.ReasonMax);
        // Two refunds can never share a credit note number: of two issuing the same next number at once, one save fails.
        r.HasIndex(x => x.CreditNoteNumber).IsUnique();
    }
}

internal sealed class OrderTaxLineConfiguration : IEntityTypeConfiguration<OrderTaxLine>
{
    public void Configure(EntityTypeBuilder<OrderTaxLine> t)
    {
        t.ToTable("OrderTaxLines");
        t.Property(x => x.Label).HasMaxLength(50).IsRequired();
        t.Property(x => x.Rate).HasPrecision(9, 6);
        t.Property(x => x.Country).HasMaxLength(2);
        t.ComplexProperty(x => x.Base).Money();
        t.ComplexProperty(x => x.Tax).Money();
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> l)
    {
        l.ToTable("OrderLines");
        l.Property(x => x.Name).HasMaxLength(200).IsRequired();
        l.Property(x => x.Sku).HasMaxLength(ProductVariant.MaxSkuLength).IsRequired();
        l.Property(x => x.VariantTitle).HasMaxLength(OrderLine.MaxVariantTitleLength).IsRequired();
        l.Ignore(x => x.DisplayName);
        l.ComplexProperty(x => x.UnitPrice).Money();
        l.ComplexProperty(x => x.LineTotal).Money();
        l.Ignore(x => x.Paid);
        l.Property<decimal?>("PaidAmount").IsAmount();
        l.Ignore(x => x.TaxPaid);
        l.Property<decimal?>("TaxPaidAmount").IsAmount();
        l.HasIndex(x => x.ProductId);
        l.HasIndex(x => x.VariantId);
    }
}

internal sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> h)
    {
        h.ToTable("OrderHistory");
        h.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        h.Property(x => x.Note).HasMaxLength(500).IsRequired();
    }
}
