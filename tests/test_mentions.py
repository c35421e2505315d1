"""The mention parser: the phrase in a speaker slot -> kind, name, title, organisation. Invented phrases."""
import pytest

from briefing.speakers import parse_mention


@pytest.mark.parametrize("phrase, kind, name, title, organisation", [
    # a dateline is nobody
    ("RIVERTON, June 3 (Agency) -- the Riverton City Council", "body", "Riverton City Council", None, None),
    ("OSLO (Agency) - Mayor Ann Holt", "person", "Ann Holt", "Mayor", None),
    # a participle clause before the subject is no part of it
    ("Stressing the cost of the repairs, a spokesman for Mayor Ann Holt", "spokesperson", None, None,
     "Mayor Ann Holt"),
    # two bodies as one subject: the first named
    ("The Port Authority and Acme", "body", "Port Authority", None, None),
    ("The Trade and Markets Board and Acme Foods", "body", "Trade and Markets Board", None, None),
    # ... but one name with "and" in it stays whole
    ("the Arts and Crafts Council", "body", "Arts and Crafts Council", None, None),
    # officials of a named body speak for it
    ("Acme officials", "body", "Acme", None, None),
    ("Bank of Riverton executives", "body", "Bank of Riverton", None, None),
    ("Riverton council officials", "body", "Riverton council", None, None),
    # ... a quantity of officials names no body
    ("two officials", "anonymous", None, "two officials", None),
    # a spokesperson for someone speaks for them
    ("a spokeswoman for the ministry", "spokesperson", None, None, "the ministry"),
    ("a spokesperson of Mayor Ann Holt", "spokesperson", None, None, "Mayor Ann Holt"),
    # an officer of a body named by its common noun speaks for it
    ("a senior police officer", "spokesperson", None, None, "the police"),
    ("the ministry official", "spokesperson", None, None, "the ministry"),
    # a person "with" a body: the person, with the body as organisation
    ("Chief Inspector Jo Lee with the Riverton Police Department", "person", "Jo Lee", "Chief Inspector",
     "Riverton Police Department"),
    # a name's role or relative with no name of its own: a title to find its holder, or someone unnamed
    ("Acme's chief executive", "description", None, "chief executive", "Acme"),
    ("Lee's wife", "anonymous", None, "wife", None),
    # ... a spokesperson still speaks for the owner
    ("Acme's spokesman", "spokesperson", None, None, "Acme"),
    # a nationality written as a noun before a name is not part of it
    ("Frenchman Luc Morel", "person", "Luc Morel", None, None),
    ("Briton Ann Holt", "person", "Ann Holt", None, None),
])
def test_mention(phrase, kind, name, title, organisation):
    m = parse_mention(phrase)
    assert (m.kind, m.name, m.title, m.organisation) == (kind, name, title, organisation)
