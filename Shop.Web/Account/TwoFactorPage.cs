namespace Shop.Web.Account;

public sealed record TwoFactorPage(bool Enabled, int RecoveryCodesLeft);
