"""Word lists for the German and English rules.

Kept in one place so the rules stay readable and so adding a word is a
one-line change.  All entries are lower-case; matching lower-cases tokens.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Finite and participle forms of reporting verbs ("said", "betonte").
REPORTING_VERBS = {
    "de": _words(
        """
        sagte sagten sagt gesagt erklärte erklärten erklärt betonte betonten
        betont bestätigte bestätigten bestätigt teilte teilten mitgeteilt
        wies wiesen hingewiesen zurückgewiesen kündigte kündigten angekündigt
        räumte räumten eingeräumt kritisierte kritisierten kritisiert
        warnte warnten gewarnt forderte forderten gefordert sprach sprachen
        berichtete berichteten berichtet meldete meldeten gemeldet
        deutete deuteten angedeutet antwortete antworteten geantwortet
        versicherte versicherten versichert unterstrich unterstrichen
        bekräftigte bekräftigten bekräftigt dementierte dementierten dementiert
        bestritt bestritten schrieb schrieben geschrieben ergänzte ergänzten
        ergänzt äußerte äußerten geäußert verkündete verkündeten verkündet
        erläuterte erläuterten erläutert hob hoben hervorgehoben heben hebt
        verwies verwiesen stellte gab gaben angegeben zitiert bekannte
        mahnte mahnten gemahnt behauptete behaupteten behauptet
        begründete begründeten begründet warf warfen vorgeworfen rief riefen
        aufgerufen appellierte appellierten beklagte beklagten lobte lobten
        räumt sagen erklären betonen fordern warnen kritisieren nannte nannten
        nennt entschuldigte entschuldigten verlautete mitteilte mitteilten
        hinwies ankündigte einräumte hervorhob zurückwies bekanntgab angab
        bestreitet widersprach widerspricht widersprachen
        """
    ),
    "en": _words(
        """
        said says told tells stated states announced announces confirmed
        confirms added adds noted notes argued argues warned warns claimed
        claims reported reports wrote writes insisted insists denied denies
        acknowledged acknowledges estimated estimate estimates explained
        explains testified testifies admitted admits revealed reveals
        disclosed discloses suggested suggests stressed stresses emphasized
        emphasised predicted declared declares asserted asserts replied
        responded conceded urged urges accused accuses blamed blames
        criticized criticised praised called apologised apologized apologises
        apologizes disputes disputed concluded concludes
        """
    ),
}

# Phrases that name a source: "laut X", "according to X".
SOURCE_MARKERS = {
    "de": (
        "laut",
        "zufolge",
        "nach angaben",
        "nach informationen",
        "demnach",
        "geht aus",
        "gehen aus",
        "heißt es",
        "hieß es",
    ),
    "en": ("according to", "in a statement", "citing", "cited by"),
}

# Konjunktiv I/II forms typical of German reported speech.
SUBJUNCTIVE = _words(
    """
    sei seien habe hätten hätte werde könne müsse solle wolle gebe lägen
    liege stehe wisse dürfe seiest
    """
)

TITLES = _words(
    """
    präsident präsidentin minister ministerin kanzler kanzlerin
    bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin
    sprecher sprecherin sondergesandter sondergesandte gesandter botschafter
    botschafterin senator senatorin abgeordneter abgeordnete vorsitzender
    vorsitzende chef chefin leiter leiterin direktor direktorin professor
    professorin dr prof general generalin richter richterin landrat landrätin
    staatssekretär staatssekretärin ministerpräsident ministerpräsidentin
    president minister secretary senator governor mayor chancellor premier
    ceo chairman chairwoman chair director spokesperson spokesman
    spokeswoman ambassador envoy judge representative rep sen gov mr mrs ms
    professor commissioner general adviser advisor economist glaciologist
    scientist researcher analyst chief head sir lord councilmember
    councillor councilor councilman councilwoman
    """
)
# Compounds such as "Außenminister", "Gesundheitsministerin", "Fraktionschef".
TITLE_SUFFIXES = (
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "sprecher",
    "sprecherin",
    "chef",
    "chefin",
    "leiter",
    "leiterin",
    "gesandter",
    "vorsitzender",
    "vorsitzende",
    "direktor",
    "direktorin",
    "berater",
    "beraterin",
    "bürgermeister",
    "bürgermeisterin",
    "sekretär",
)

# People described by their function rather than their name.
ROLE_NOUNS = (
    _words(
        """
    berater beraterin vertreter vertreterin führer führerin sprecher
    sprecherin beamter beamte beamtin mitarbeiter mitarbeiterin
    regierung ministerium behörde polizei staatsanwaltschaft gericht
    verwaltung opposition fraktion partei konzern unternehmen firma
    labor forscher forscherin wissenschaftler wissenschaftlerin
    adviser advisor advisers advisors official officials spokesperson
    spokesman spokeswoman representative representatives government
    administration ministry department agency police prosecutors court
    company firm researchers researcher scientists team leaders leader
    group developer operator
    """
    )
    | TITLES
)

ORG_SUFFIXES = (
    "ministerium",
    "amt",
    "amts",
    "ämter",
    "behörde",
    "regierung",
    "verwaltung",
    "gericht",
    "werke",
    "verband",
    "verbands",
    "institut",
    "instituts",
    "partei",
    "konzern",
    "bank",
    "polizei",
    "stadtrat",
    "gemeinderat",
    "bundesrat",
    "sicherheitsrat",
    "kreistag",
    "bundestag",
    "landtag",
    "wetterdienst",
    "agentur",
    "kommission",
    "gewerkschaft",
    "zeitung",
    "administration",
    "initiative",
    "verein",
    "vereins",
    "gesellschaft",
    "kammer",
    "verbund",
    "verbunds",
    "staatsanwaltschaft",
)
ORG_WORDS = _words(
    """
    department ministry agency office association organization organisation
    bank university institute corp corporation inc ltd council commission
    reserve network court police parliament congress senate government
    foundation union federation authority service bureau group company
    unit committee commission bund gmbh ag inc corp ltd plc llc
    """
)

# Descriptors that precede a name and are not part of it ("Zeitung Axios").
DESCRIPTORS = _words(
    """
    zeitung tageszeitung magazin sender nachrichtenagentur agentur portal
    website plattform newspaper magazine broadcaster outlet agency site
    """
)

COUNTRIES = {
    # German and English names of states that often act as claimants, with
    # the English form used to compare claimants across languages.
    "russland": "russia",
    "russia": "russia",
    "ukraine": "ukraine",
    "usa": "united states",
    "us": "united states",
    "u.s.": "united states",
    "amerika": "united states",
    "america": "united states",
    "china": "china",
    "deutschland": "germany",
    "germany": "germany",
    "frankreich": "france",
    "france": "france",
    "großbritannien": "britain",
    "britain": "britain",
    "israel": "israel",
    "iran": "iran",
    "indien": "india",
    "india": "india",
    "japan": "japan",
    "polen": "poland",
    "poland": "poland",
    "türkei": "turkey",
    "turkey": "turkey",
    "italien": "italy",
    "italy": "italy",
    "spanien": "spain",
    "spain": "spain",
    "österreich": "austria",
    "austria": "austria",
    "schweiz": "switzerland",
    "switzerland": "switzerland",
    "kanada": "canada",
    "canada": "canada",
    "nordkorea": "north korea",
    "südkorea": "south korea",
    "syrien": "syria",
    "syria": "syria",
    "belarus": "belarus",
    "weißrussland": "belarus",
    "moskau": "russia",
    "kiew": "ukraine",
    "kyiv": "ukraine",
    "peking": "china",
    "beijing": "china",
    "washington": "united states",
    "nato": "nato",
    "eu": "eu",
}

# Sources too vague to check ("Experten", "some analysts").
VAGUE_SOURCES = _words(
    """
    experten expertinnen beobachter beobachterinnen kritiker kritikerinnen
    analysten fachleute quellen insider kreisen kreise mediziner ärzte
    ökonomen stimmen viele manche einige man
    experts observers critics analysts sources insiders commentators
    some many people others someone pundits
    """
)

# Nouns for documents; the claimant is whoever published them.
DOCUMENT_NOUNS = _words(
    """
    bericht berichten jahresbericht studie angaben daten zahlen informationen
    mitteilung erklärung umfrage statistik analyse schätzungen schätzung
    unterlagen dokumente unternehmensangaben polizeiangaben auffassung ansicht
    einschätzung darstellung worten berechnungen erkenntnissen recherchen
    ermittlungen urteil urteilsbegründung entscheidung beschluss gutachten
    report study data figures statement survey analysis statistics release
    documents records filings estimates ruling decision verdict judgment
    findings
    """
)

PRONOUNS = {
    "de": _words("er sie"),
    "en": _words("he she they"),
}

ARTICLES = _words(
    """
    der die das den dem des ein eine einen einem einer eines
    ihr ihre ihren ihrem ihrer sein seine seinen seinem seiner
    the a an this these their its his her
    """
)
DEFINITE = _words(
    "der die das den dem des the this these ihr ihre ihren ihrem ihrer sein seine "
    "seinen seinem seiner their its his her"
)

PREPOSITIONS = _words(
    """
    in im mit bei beim auf für über nach aus zu zur zum am an ans vom von
    gegenüber unter vor seit durch gegen ohne um ins wegen trotz angesichts
    of on at to from with for by into about against during after before
    since near under over without within among als
    """
)

# Capitalised sentence openers that are not names (German capitalises them
# only because they start the sentence).
SENTENCE_ADVERBS = _words(
    """
    gleichzeitig früher zudem außerdem dennoch jedoch später danach bereits
    inzwischen heute gestern nun dann auch allerdings demnach daraufhin
    anschließend zuvor bislang bisher trotzdem deshalb daher damals zuletzt
    erst schon insgesamt zunächst ebenfalls vielmehr indes unterdessen
    meanwhile however still yet also later earlier today yesterday then
    als nachdem wenn weil obwohl während now when while after before if
    although because since as asked once
    """
)

LIST_MARKERS = (
    "darunter",
    "insbesondere",
    "namentlich",
    "including",
    "among them",
    "such as",
    "notably",
    "vor allem",
)

MONTHS = _words(
    """
    januar februar märz april mai juni juli august september oktober
    november dezember jan feb mär apr jun jul aug sep sept okt nov dez
    january february march april may june july august september october
    november december mar oct dec
    """
)
WEEKDAYS = _words(
    """
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    monday tuesday wednesday thursday friday saturday sunday
    """
)

# Participles that make a passive report: "wurde ... mitgeteilt".
REPORTING_PARTICIPLES = _words(
    """
    mitgeteilt erklärt bestätigt gemeldet berichtet verkündet angekündigt
    betont versichert ergänzt erläutert
    """
)

# Generic nouns an article uses for an organisation it has already named
# ("die Initiative", "des Verbands", "the company"); lower-case, singular.
GENERIC_ORG_NOUNS = _words(
    """
    initiative verein verband verbund gericht ministerium behörde amt unternehmen
    konzern gesellschaft firma agentur kommission gewerkschaft partei
    company firm agency federation union court ministry department
    commission association institute university
    """
)
# Generic nouns for companies; they also match a name with a legal form.
COMPANY_NOUNS = _words("unternehmen konzern gesellschaft firma company firm")
CORPORATE_SUFFIXES = _words("gmbh ag se kg inc corp co ltd plc llc")
# People who stand for an organisation of a given kind ("die Richter").
ROLE_ORGANISATIONS = {
    "richter": "gericht",
    "richterin": "gericht",
    "richterinnen": "gericht",
    "kammer": "gericht",
    "judge": "court",
    "judges": "court",
}
# Heads of compounds whose first part names the organisation
# ("Gerichtssprecher", "Konzernchefin", "Unternehmensangaben").
COMPOUND_HEADS = (
    "sprecherin",
    "sprecher",
    "angaben",
    "chefin",
    "chef",
    "leiterin",
    "leiter",
)
# Generic nouns that stand for any organisation of a kind: "die Behörde"
# after "die Staatsanwaltschaft Passau", "the agency" after "the Environmental
# Protection Agency".  Each maps to the name parts that fit it.
KIND_NOUNS = {
    "behörde": (
        "behörde",
        "amt",
        "ministerium",
        "staatsanwaltschaft",
        "polizei",
        "agentur",
        "verwaltung",
        "kommission",
    ),
    "ermittler": ("staatsanwaltschaft", "polizei", "kriminalamt"),
    "ermittlungsbehörde": ("staatsanwaltschaft", "polizei", "kriminalamt"),
    "agency": ("agency", "administration", "department", "commission", "service", "bureau"),
    "authority": ("authority", "agency", "administration", "department", "commission"),
    "researchers": ("university", "institute", "college", "school", "centre", "center"),
    "forscher": ("universität", "institut", "hochschule", "klinik", "zentrum"),
    "forscherinnen": ("universität", "institut", "hochschule", "klinik", "zentrum"),
    "wissenschaftler": ("universität", "institut", "hochschule", "klinik", "zentrum"),
    "scientists": ("university", "institute", "college", "centre", "center"),
}
# Institutions a compound can name without an organisation in the article:
# "ein Polizeisprecher" speaks for "Polizei".
INSTITUTION_STEMS = _words(
    """
    polizei regierung staatsanwaltschaft feuerwehr stadt gemeinde ministerium
    bundesregierung landesregierung
    """
)
# Leading nouns that say what kind of company a name is: "der Autozulieferer
# Brandtner Automotive", "der Chemiekonzern BASF".  Matched as word endings.
COMPANY_DESCRIPTOR_SUFFIXES = (
    "zulieferer",
    "hersteller",
    "konzern",
    "unternehmen",
    "händler",
    "anbieter",
    "versorger",
    "betreiber",
    "versicherer",
    "dienstleister",
    "reederei",
    "airline",
    "fluggesellschaft",
    "maker",
    "manufacturer",
    "retailer",
    "supplier",
    "insurer",
    "lender",
    "carrier",
    "operator",
)
# Words that count a following noun phrase ("mehrere Kisten Wein"): not a name.
QUANTIFIERS = _words(
    """
    mehrere viele einige wenige weitere andere paar zwei drei vier fünf sechs
    sieben acht neun zehn zwölf hundert tausend
    """
)
SPOKESPERSONS = _words("sprecher sprecherin spokesperson spokesman spokeswoman")

AUXILIARIES = {
    "de": _words("hat hatte haben hatten ist war sind waren wird wurde wurden"),
    "en": _words("has had have is was were are"),
}
POSSESSIVES = _words("ihr ihre ihren ihrem ihrer sein seine seinen seinem seiner his her their its")
