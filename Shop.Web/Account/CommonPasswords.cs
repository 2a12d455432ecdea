namespace Shop.Web.Account;

/// <summary>The most common passwords of ten or more characters (shorter ones fail the length rule anyway), lower case.</summary>
internal static class CommonPasswords
{
    public static readonly HashSet<string> List = new(StringComparer.Ordinal)
    {
        "1234567890", "12345678910", "123456789a", "1234567890a", "0987654321", "1111111111", "0000000000",
        "1234512345", "1q2w3e4r5t", "1q2w3e4r5t6y", "1qaz2wsx3edc", "qwertyuiop", "qwerty1234", "qwerty12345",
        "qwerty123456", "asdfghjkl1", "asdfghjkl;", "zxcvbnm123", "1qazxsw2", "qazwsxedc1", "qazwsxedcrfv",
        "password1234", "password12", "password123", "password1!", "password12345", "passw0rd123", "p@ssw0rd123",
        "p@ssword123", "passwordpassword", "mypassword", "mypassword1", "mypassword123", "secretpassword",
        "letmein1234", "letmein123", "welcome123", "welcome1234", "welcome2024", "welcome2025", "welcome2026",
        "iloveyou123", "iloveyou12", "iloveyou1234", "princess123", "football123", "baseball123", "basketball",
        "basketball1", "superman123", "batman1234", "starwars123", "pokemon123", "dragon1234", "monkey1234",
        "sunshine123", "whatever123", "trustno1234", "administrator", "admin12345", "admin123456", "adminadmin",
        "administrator1", "changeme123", "changeme1234", "default123", "computer123", "internet123", "abcdefghij",
        "abcd123456", "abc1234567", "abcdef1234", "a1b2c3d4e5", "aa12345678", "qwe1234567", "zaq12wsxcde",
        "q1w2e3r4t5", "q1w2e3r4t5y6", "passwort123", "motdepasse", "contraseña", "contrasena", "1234qwerasdf",
        "summer2024", "summer2025", "summer2026", "winter2024", "winter2025", "winter2026", "spring2026",
        "autumn2026", "football1", "michael123", "jennifer123", "charlie123", "shopping123", "shop123456",
        "shoppassword", "myshop1234", "password", "password1", "iloveyou", "1234567", "12345678", "123456789",
        // German and French shoppers' own (the shop speaks both): keyboards QWERTZ and AZERTY, words for password, love, hello.
        "passwort1234", "passwort12", "passwort12345", "passwort!123", "meinpasswort", "geheim12345", "geheimnis123",
        "qwertz12345", "qwertz123456", "qwertzuiop", "ichliebedich", "ichliebedich1", "hallo12345", "hallo123456",
        "hallohallo", "schatz12345", "fussball123", "fußball123", "sommer2025", "sommer2026", "deutschland",
        "deutschland1", "azerty12345", "azerty123456", "azertyuiop", "motdepasse1", "motdepasse12", "motdepasse123",
        "jetaime12345", "jetaime123", "bonjour12345", "bonjour123", "soleil12345", "doudou12345", "marseille13",
        "loulou12345", "chouchou123", "football12", "nicolas123", "camille123",
    };
}
