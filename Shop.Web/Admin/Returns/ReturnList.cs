using Shop.Web.Shared;

namespace Shop.Web.Admin.Returns;

/// <summary>One page of returns: those to handle (oldest first), or all of them (newest first).</summary>
public sealed record ReturnList(PageOf<ReturnRow> Returns, bool All);
