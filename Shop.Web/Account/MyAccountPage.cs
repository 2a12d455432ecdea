namespace Shop.Web.Account;

public sealed record MyAccountPage(string Email, ProfileForm Profile, bool TwoFactorEnabled, int AddressCount, IReadOnlyList<string> Roles);
