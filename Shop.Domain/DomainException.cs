namespace Shop.Domain;

/// <summary>A shop rule was broken: the caller asked for something the domain does not allow.</summary>
public class DomainException(string message) : Exception(message);
