namespace Verbatim.CorpusSynth;

/// <summary>Word lists the synthetic prose, names and front matter are drawn from.</summary>
internal static class Vocabulary
{
    public static readonly string[] GivenNames =
    {
        "Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hiroshi", "Ines", "Jonas",
        "Kateryna", "Luis", "Mariam", "Nikolai", "Olivia", "Pedro", "Quentin", "Rosa", "Samuel", "Tamar",
        "Umar", "Vera", "Walter", "Ximena", "Yusuf", "Zofia", "Amadou", "Beatriz", "Chen", "Dmitri",
        "Esther", "François", "Gunnar", "Hana", "Ibrahim", "José", "Karin", "Lars", "Mónica", "Nadia",
        "Oskar", "Priya", "Rafael", "Sigrid", "Tomás", "Ulrike", "Viktor", "Wen", "Yara", "Zoltán",
    };

    public static readonly string[] FamilyNames =
    {
        "Abbott", "Barros", "Castellano", "Dimitrov", "Eriksen", "Fischer", "Gallagher", "Haddad", "Ivanova", "Jansen",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrenko", "Quispe", "Rahman", "Schmidt", "Takahashi",
        "Umarov", "Varga", "Whitfield", "Xu", "Yilmaz", "Zhukov", "Almeida", "Brennan", "Csaba", "Dubois",
        "Engström", "Ferreira", "Grünewald", "Hoffmann", "Iqbal", "Jovanović", "Kaplan", "Lombardi", "Müller", "Novak",
        "Oyelaran", "Park", "Rossi", "Sørensen", "Tanaka", "Ueda", "Vasquez", "Weber", "Yamamoto", "Zielinski",
    };

    public static readonly string[] Roles =
    {
        "foreign minister", "spokeswoman", "spokesman", "senator", "ambassador", "defense secretary",
        "prime minister", "governor", "mayor", "economist", "chief executive", "professor of history",
        "union leader", "special envoy", "deputy director", "central bank governor", "health minister",
        "police commissioner", "trade representative", "opposition leader",
    };

    public static readonly string[] Organizations =
    {
        "Ministry of Foreign Affairs", "City Council", "National Assembly", "Harbor Authority", "Institute for Policy Studies",
        "Federal Reserve Board", "Port Workers Union", "Ministry of Health", "Coastal Energy Company", "State University",
        "Department of Transport", "Office of the President", "Election Commission", "Chamber of Commerce", "Supreme Court",
    };

    public static readonly string[] GroupNames =
    {
        "Residents of the northern districts", "Striking dock workers", "Members of the delegation",
        "Farmers in the valley", "Protesters outside the ministry", "Opposition lawmakers",
    };

    public static readonly string[] AnonymousNames =
    {
        "A senior official familiar with the talks", "A diplomat who asked not to be named",
        "A person briefed on the negotiations", "A former adviser to the ministry", "An aide to the governor",
    };

    public static readonly string[] Outlets =
    {
        "The Morning Ledger", "Harbor City Gazette", "The Continental Review", "Daily Meridian",
        "The Northern Courier", "Global Wire Service", "The Evening Standard-Post", "Metropolitan Times",
    };

    public static readonly string[] Nouns =
    {
        "government", "minister", "talks", "agreement", "budget", "election", "council", "report", "market", "border",
        "strike", "vote", "proposal", "inquiry", "sanctions", "ceasefire", "pipeline", "harbor", "tariff", "summit",
        "deadline", "court", "committee", "ministry", "province", "region", "treaty", "economy", "crisis", "plan",
        "negotiators", "officials", "residents", "workers", "investors", "voters", "lawmakers", "diplomats", "analysts",
        "refugees", "prices", "wages", "exports", "reforms", "evidence", "statement", "meeting", "decision", "policy",
    };

    public static readonly string[] Verbs =
    {
        "said", "announced", "rejected", "approved", "delayed", "questioned", "defended", "criticized", "welcomed",
        "signed", "proposed", "warned", "promised", "denied", "confirmed", "postponed", "reviewed", "challenged",
        "supported", "blocked", "expected", "described", "estimated", "argued", "reported", "considered",
    };

    public static readonly string[] Adjectives =
    {
        "new", "former", "senior", "local", "national", "foreign", "public", "private", "economic", "military",
        "regional", "difficult", "serious", "early", "final", "long", "brief", "unusual", "fragile", "sharp",
        "cautious", "deep", "narrow", "broad", "urgent", "quiet", "open", "costly", "modest", "steady",
    };

    public static readonly string[] Connectives =
    {
        "on Tuesday", "last week", "after the meeting", "in a statement", "during the session", "late on Friday",
        "according to the report", "in recent months", "for the first time", "despite the objections",
        "before the vote", "at a news conference", "in an interview", "by the end of the year", "over the weekend",
    };

    public static readonly string[] Small =
    {
        "the", "the", "the", "a", "its", "their", "that", "this", "every", "some",
    };
}
