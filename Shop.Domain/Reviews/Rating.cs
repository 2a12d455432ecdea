namespace Shop.Domain.Reviews;

/// <summary>A product's rating: how many approved reviews it has and their stars added up.</summary>
public readonly record struct Rating(int Count, int StarsTotal)
{
    public static readonly Rating None = new(0, 0);

    public bool IsEmpty => Count == 0;

    /// <summary>The mean of the stars to one decimal (4.3), 0 without reviews.</summary>
    public decimal Average => Count == 0 ? 0m : Math.Round((decimal)StarsTotal / Count, 1, MidpointRounding.AwayFromZero);

    /// <summary>"1 review", "12 reviews".</summary>
    public string CountText => Count == 1 ? "1 review" : $"{Count} reviews";
}
