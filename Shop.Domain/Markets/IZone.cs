namespace Shop.Domain.Markets;

/// <summary>A tax or shipping zone: a named area. A place belongs to one zone of each kind (<see cref="ZoneArea.ClashIn"/>).</summary>
public interface IZone
{
    int Id { get; }
    string Name { get; }
    ZoneArea Area { get; }
}
