"""The regular and lexical forms of an Arabic noun phrase, generated ahead of matching.

A glossary writes a term once (وزير الخارجية, السفير البريطاني); the news
writes it as وزيرة الخارجية, سفيرا بريطانيا, وزراء الخارجية, وزارتها,
مديرها العام, وزير خارجية فرنسا. Analysing every word of every text at match
time would cost a morphological analysis per word; instead the forms of each
term are generated once, when the glossary loads, and become more keys of the
same automaton (``tools.glossary.match``). All words here are *normalized*
(:func:`tools.text.arabic.normalize`): ة is ه, أ إ آ are ا, ى is ي; ؤ ئ ء stay.

The phrase shapes recognised (word 0 is the head, as Arabic is head-first):

* one word: السفير, بلاغ;
* head + agreeing adjectives: السفير البريطاني, المدير العام (+ a fixed tail:
  للأمن الوطني);
* construct chain (idafa): وزير الخارجية, نائب رئيس الوزراء, مدير السجن; the
  chain ends at its first definite word, what follows is a fixed tail.

What each form is, and when it needs a word after it, is a :class:`Variant`:
its words, then for an *open* variant the endings its last word may take
(suffixes are checked on the text's word, so the ten pronoun suffixes times
every number and hamza seat do not each need a key), and the words that must
follow. Where a form would be spelt like another word, it is not generated:
a particle (وإلى = والي), a lexicalized dual (البحرين), a nisba (أمني), the
dual of a noun in ة (الكنيستين).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from tools.text.arabic.lexicon import Noun, known_plurals, noun
from tools.text.arabic.normalize import normalize

ARTICLE = "ال"
#: Pronoun suffixes a noun takes in the news. The first person singular ي is
#: left out: أمني, عسكري, دولي are adjectives far more often than "my ...".
SUFFIXES = ("ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "كن", "نا")
#: The suffixes tried on a head that has words after it (مديرها العام):
#: those enumerated as keys, so the third persons and "our" only.
HEAD_SUFFIXES = ("ه", "ها", "هما", "هم", "هن", "نا")
#: A stem needs this many letters to be inflected: shorter ones (أم, حق) are
#: too easily part of other words.
MIN_INFLECTED = 3
#: Words that never stand as the genitive after a construct state: a
#: preposition, particle or pronoun there means the noun was not in construct.
NOT_GENITIVE = frozenset(
    normalize(w)
    for w in (
        "في من على إلى الى عن مع أن إن أنه إنه بأن كان كانت قد لقد لا لم لن ما هذا هذه ذلك تلك "
        "الذي التي الذين هو هي هم هما و أو ثم لكن حتى إذا لو بين عند منذ خلال حول بعد قبل أمام "
        "دون ضد نحو لدى عبر وفق حيث أي أيضا فقط هناك هنا"
    ).split()
)
#: Particles and prepositions, alone or after و ف, as normalized text spells
#: them: no form of a term may be spelt like one (وإلى is والي: not the
#: construct state of الوالي).
PARTICLE_SPELLINGS = frozenset(c + w for c in ("", "و", "ف") for w in NOT_GENITIVE)
#: Duals and plurals that are names of their own: never read as a form of their
#: singular (الحرمين الشريفين is not "the two sanctuaries" of a term الحرم).
LEXICALIZED = frozenset(
    normalize(w)
    for w in "البحرين الحرمين النهرين الرافدين العراقين الصفين الحسنين العالمين الثقلين القطبين".split()
)


@dataclass(frozen=True)
class Form:
    """What a form of a term is: number, derived gender, suffix, state.

    ``None`` stands for the term as the glossary writes it; a :class:`Form`
    says how a text's words differ from it, for the people who read the
    report ("feminine of وزير الخارجية") and for the English side (a dual or
    plural Arabic form accepts the English plural).
    """

    number: str = "singular"  # "singular" | "dual" | "plural"
    feminine: bool = False  # a feminine made from a masculine term
    broken: bool = False  # a plural from the lexicon (وزراء), not by suffix
    suffix: bool = False  # a pronoun suffix (وزارته)
    state: str = ""  # "" (as the term), "construct", "indefinite", "ل", "declared"
    #: The form ends in the suffix ه, which normalized text cannot tell from
    #: ة: the matcher checks the original letter (عرضه "his symptom" is a form
    #: of عرض, عرضة "prone" is not).
    heh: bool = False

    @property
    def plural(self) -> bool:
        """Dual or plural: the English may be plural."""
        return self.number != "singular"

    def describe(self) -> str:
        """``"feminine"``, ``"broken plural, with a pronoun suffix"``, ``"construct state"``..."""
        if self.state == "declared":
            return "declared form"
        parts = []
        number = {"singular": "", "dual": "dual", "plural": "broken plural" if self.broken else "plural"}
        head = " ".join(p for p in ("feminine" if self.feminine else "", number[self.number]) if p)
        if head:
            parts.append(head)
        if self.suffix:
            parts.append("with a pronoun suffix")
        state = {"construct": "construct state", "indefinite": "indefinite", "ل": "with ل"}
        if self.state in state:
            parts.append(state[self.state])
        return ", ".join(parts) or "inflected form"


#: A remainder of the text's word after an open variant's stem -> the form it
#: makes, and whether a genitive must follow (a bare construct state).
Endings = dict[str, tuple[Form, bool]]


@dataclass(frozen=True)
class Variant:
    """One key's worth of forms.

    ``words`` are matched as written; when ``endings`` is set, the last of
    them is a stem and the rest of the text's word must be one of the
    endings. ``tail``: words that must follow (after up to
    :data:`MAX_GAP` genitive words when the ending asks for a genitive).
    """

    words: tuple[str, ...]
    form: Form
    endings: Endings | None = None
    genitive: bool = False
    tail: tuple[str, ...] = ()


#: Words of a genitive that may stand between a construct state and the rest
#: of its term (وزير خارجية [فرنسا]; وزير خارجية [الولايات المتحدة]).
MAX_GAP = 2


def definite(word: str) -> bool:
    """Whether ``word`` carries the article (and is more than the article)."""
    return word.startswith(ARTICLE) and len(word) > len(ARTICLE) + 1


def bare(word: str) -> str:
    """``word`` without its article."""
    return word[len(ARTICLE) :] if definite(word) else word


def before_suffix(word: str) -> list[str]:
    """How ``word`` is written before a pronoun suffix: ة → ت, and the seat of a final hamza.

    وزاره → وزارت (وزارته); وزراء → وزراء / وزراؤ / وزرائ (وزراءها, وزراؤها, وزرائها).
    """
    if word.endswith("ه"):
        return [word[:-1] + "ت"]
    if word.endswith("اء"):
        return [word, word[:-1] + "ؤ", word[:-1] + "ئ"]
    return [word]


def tanwin(word: str) -> str:
    """The accusative indefinite spelling: the alif of tanwin (مديرا عاما, عسكريا), not after ة or ء."""
    return word if word.endswith(("ه", "ء", "ا")) else word + "ا"


# --- states: one number and gender of a head, with its construct and free spellings --------


@dataclass(frozen=True)
class State:
    """One number/gender/case of a noun: how it is spelt standing free and in construct."""

    form: Form
    free: str  # with nunation ن where it has one: السفيران, مستشارون
    construct: str  # before a genitive: سفيرا, مستشارو, وزيرة
    fem: bool  # agreement: feminine
    case: str  # "nom" | "obl" | "" (no case ending)
    human: bool


@lru_cache(maxsize=4096)
def states(n: Noun, feminine: bool, number: bool) -> tuple[State, ...]:
    """Every state of noun ``n``: singular first (the term's own), then the rest.

    ``feminine``: make the feminine of a masculine person noun. ``number``:
    make duals and plurals. The oblique dual/plural ي of a masculine noun
    that does not name a person is left out: it is how nisba adjectives end
    (أمني, عسكري), far more common than a dual in construct.
    """
    s, fem = n.stem, n.feminine
    out = [State(Form(), s, s, fem, "", n.human)]
    person_fem = feminine and n.human and not fem
    if person_fem:
        out.append(State(Form(feminine=True), s + "ه", s + "ه", True, "", True))
    if not number or len(s) < MIN_INFLECTED:
        return tuple(out)
    base = s[:-1] + "ت" if fem else s
    dual = Form(number="dual")
    if s.endswith("ت") and not n.human:
        pass  # الكنيستين is the dual of الكنيسة, not of الكنيست
    elif fem or n.human:
        out.append(State(dual, base + "ان", base + "ا", fem, "nom", n.human))
        out.append(State(dual, base + "ين", base + "ي", fem, "obl", n.human))
    else:  # سفيرا is a dual in construct or "as ambassador"; انتقالا is nearly always the latter
        out.append(State(dual, base + "ان", "", fem, "nom", n.human))
        out.append(State(dual, base + "ين", "", fem, "obl", n.human))
    if person_fem:
        fdual = Form(number="dual", feminine=True)
        out.append(State(fdual, s + "تان", s + "تا", True, "nom", True))
        out.append(State(fdual, s + "تين", s + "تي", True, "obl", True))
    plural = Form(number="plural")
    if n.sound:
        out.append(State(plural, s + "ون", s + "و", False, "nom", True))
        out.append(State(plural, s + "ين", s + "ي", False, "obl", True))
    if fem or (not n.broken and not n.sound and not n.human):
        stem = s[:-1] if fem else s
        out.append(State(plural, stem + "ات", stem + "ات", True, "", n.human))
    if person_fem:
        out.append(State(Form(number="plural", feminine=True), s + "ات", s + "ات", True, "", True))
    for p in n.broken:
        out.append(State(Form(number="plural", broken=True), p, p, not n.human, "", n.human))
    return tuple(out)


def agree(adjective: str, state: State) -> list[str]:
    """The spellings of an adjective (no article) that agree with a head in ``state``."""
    a = adjective
    fem_sg = a if a.endswith("ه") else a + "ه"
    number = state.form.number
    if number == "singular":
        return [fem_sg if state.fem else a]
    if number == "plural" and not state.human:
        return [fem_sg]  # a plural that is not of persons agrees as a feminine singular
    if number == "dual":
        base = fem_sg[:-1] + "ت" if state.fem else a
        endings = {"nom": ["ان"], "obl": ["ين"]}.get(state.case, ["ان", "ين"])
        return [base + e for e in endings]
    if state.fem:
        return [fem_sg[:-1] + "ات"]
    return {"nom": [a + "ون"], "obl": [a + "ين"]}.get(state.case, [a + "ون", a + "ين"])


# --- phrase shapes -------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """What may change in a term (decided from its category and English: ``tools.glossary.match.arabic_forms``)."""

    feminine: bool = False
    number: bool = True
    #: A one-word term in construct before any genitive (سفير فرنسا, قمة
    #: العشرين): for titles, events and bodies; a one-word concept in
    #: construct mostly begins a compound with English of its own (فيروس
    #: كورونا: coronavirus, مرض السكري: diabetes).
    construct: bool = True


def variants(words: tuple[str, ...], profile: Profile) -> list[Variant]:
    """Every form of the normalized term ``words`` but the term itself.

    Nothing for a phrase whose head is too short, is not Arabic letters, or
    is not one of the shapes of the module docstring.
    """
    if not words or not all(w.isalpha() for w in words) or len(bare(words[0])) < MIN_INFLECTED:
        return []
    head = bare(words[0])
    number = profile.number and head not in known_plurals() and not head.endswith("ات")
    n = noun(head, person=profile.feminine)
    found = [v for v in _shaped(words, n, profile if profile.number == number else replace(profile, number=number)) if v.words]
    own = set(words)
    return [v for v in _unique(found) if not _lexicalized(v) and not _particle(v, own)]


def _particle(v: Variant, own: set[str]) -> bool:
    """Whether a word of ``v`` that the term does not have is a particle (وإلى is والي, إليكم)."""
    if PARTICLE_SPELLINGS.isdisjoint(v.words):  # nearly always: a set operation in C
        return False
    return any(w in PARTICLE_SPELLINGS and w not in own for w in v.words)


def _shaped(words: tuple[str, ...], n: Noun, profile: Profile) -> Iterator[Variant]:
    if len(words) == 1:
        yield from _single(words[0], n, profile)
        return
    if definite(words[0]):
        adjectives = 1
        while adjectives < len(words) and definite(words[adjectives]):
            adjectives += 1
        if adjectives > 1:
            yield from _adjectival(words, n, profile, adjectives)
        else:  # a definite head before a phrase of its own: المتحدث باسم
            for state in states(n, profile.feminine, profile.number)[1:]:
                yield Variant((ARTICLE + state.free, *words[1:]), state.form)
        return
    yield from _construct(words, n, profile)


def _single(word: str, n: Noun, profile: Profile) -> Iterator[Variant]:
    """One word: its numbers (with the article as written), and its construct and suffixed forms."""
    article = ARTICLE if definite(word) else ""
    all_states = states(n, profile.feminine, profile.number)
    for state in all_states[1:]:
        yield Variant((article + state.free,), state.form)
        if article:  # indefinite, with nunation: سفيران, مستشارون
            yield Variant((state.free,), _restated(state.form, "indefinite"))
    for state in all_states:
        if not state.construct:
            continue
        if profile.construct and (article or state is not all_states[0]):
            # the bare construct state: a genitive must follow (سفير فرنسا, وزراء الخارجية)
            yield Variant((state.construct,), _restated(state.form, "construct"), genitive=True)
        yield from _with_suffix((), state.construct, state.form, ())


@lru_cache(maxsize=1024)
def _restated(form: Form, state: str) -> Form:
    """``form`` in another state: one object per distinct form (a large glossary makes tens of thousands)."""
    return replace(form, state=state)


@lru_cache(maxsize=1024)
def _with_suffix_form(form: Form) -> Form:
    """``form`` with a pronoun suffix, one object per distinct form."""
    return replace(form, suffix=True)


def _with_suffix(before: tuple[str, ...], word: str, form: Form, tail: tuple[str, ...]) -> Iterator[Variant]:
    """``word`` with a pronoun suffix, open-ended when it ends the key, spelt out when words follow."""
    suffixed = _with_suffix_form(form)
    for base in before_suffix(word):
        if tail:
            for suffix in HEAD_SUFFIXES:
                yield Variant((*before, base + suffix, *tail), suffixed)
        else:
            yield Variant((*before, base), suffixed, _suffix_endings(suffixed))


@cache
def _suffix_endings(suffixed: Form) -> Endings:
    """The pronoun suffixes as the endings of an open key; one shared mapping per form.

    Shared, so that the thousands of keys of a large glossary hold one each.
    """
    heh = replace(suffixed, heh=True)
    return {s: (heh if s == "ه" else suffixed, False) for s in SUFFIXES}


def _adjectival(words: tuple[str, ...], n: Noun, profile: Profile, end: int) -> Iterator[Variant]:
    """A definite head and the adjectives that agree with it (``words[1:end]``), then a fixed tail.

    Per state of the head: the definite phrase (السفيران البريطانيان), the
    indefinite one (سفير بريطاني, and with the alif of tanwin: مديرا عاما), and
    the head with a pronoun suffix before the definite adjectives (مديرها العام).
    """
    adjectives = [bare(w) for w in words[1:end]]
    tail = words[end:]
    for index, state in enumerate(states(n, profile.feminine, profile.number)):
        for agreeing in _product([agree(a, state) for a in adjectives]):
            if index:
                yield Variant((ARTICLE + state.free, *(ARTICLE + a for a in agreeing), *tail), state.form)
            indefinite = _restated(state.form, "indefinite")
            yield Variant((state.free, *agreeing, *tail), indefinite)
            if state.form.number == "singular" and not state.fem:
                yield Variant((tanwin(state.free), *map(tanwin, agreeing), *tail), indefinite)
            if state.construct:
                yield from _with_suffix((), state.construct, state.form, (*(ARTICLE + a for a in agreeing), *tail))


def _construct(words: tuple[str, ...], n: Noun, profile: Profile) -> Iterator[Variant]:
    """A head in construct with a genitive chain (وزير الخارجية, نائب رئيس الوزراء).

    The chain ends at its first definite word; what follows it is a fixed
    tail (المتحدة in مبعوث الأمم المتحدة). Per state of the head: the phrase as
    written (وزيرة الخارجية, وزيرا الخارجية, وزراء الخارجية); the last genitive
    without its article, with a pronoun suffix (رئيس وزرائها, وزير خارجيتها) or
    in construct itself before a genitive of its own, which may stand
    between it and the tail (وزير خارجية فرنسا); the head before ل + the
    genitive (نائب للمدير العام) when the chain is one definite word.
    """
    last = _chain_end(words)
    chain, tail = (words[1:], ()) if last is None else (words[1 : last + 1], words[last + 1 :])
    all_states = states(n, profile.feminine, profile.number)
    for index, state in enumerate(all_states):
        if index and state.construct:
            yield Variant((state.construct, *chain, *tail), state.form)
    if last is None:
        return
    inner, genitive = chain[:-1], bare(chain[-1])
    for state in all_states:
        if not state.construct:
            continue
        before = (state.construct, *inner)
        construct = _restated(state.form, "construct")
        yield Variant((*before, genitive), construct, genitive=True, tail=tail)
        yield from _with_suffix(before, genitive, state.form, tail)
    if last == 1:
        lam = "ل" + chain[0][1:]  # ل + ال merge: للمدير
        for state in all_states:
            free = [state.free] + ([tanwin(state.free)] if state.form.number == "singular" else [])
            for head in free:
                yield Variant((head, lam, *tail), _restated(state.form, "ل"))


def _chain_end(words: tuple[str, ...]) -> int | None:
    """The index of the definite word that ends the genitive chain, if its spelling may change.

    ``None`` when a particle comes first (سفارة فرنسا في مصر: a fixed phrase
    after the head), or when what follows the chain is more than one or two
    definite words, adjectives or coordinated nouns (سفير السودان لدى
    هولندا): a name with a prepositional phrase, not a noun that takes a
    suffix or a genitive.
    """
    for index in range(1, len(words)):
        if words[index] in NOT_GENITIVE:
            return None
        if definite(words[index]):
            tail = words[index + 1 :]
            agreeing = all(definite(w) or (definite(w[1:]) and w[0] == "و") for w in tail)  # والتعاون too
            return index if len(tail) <= 2 and agreeing else None
    return None


def _product(options: list[list[str]]) -> Iterator[tuple[str, ...]]:
    """Every choice of one spelling per word."""
    if not options:
        yield ()
        return
    for first in options[0]:
        for rest in _product(options[1:]):
            yield (first, *rest)


def _unique(found: list[Variant]) -> list[Variant]:
    """The first variant of each key and tail (the simplest form that reaches it)."""
    seen: set[tuple[tuple[str, ...], bool, bool, tuple[str, ...]]] = set()
    out = []
    for v in found:
        key = (v.words, v.endings is not None, v.genitive, v.tail)
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


def _lexicalized(v: Variant) -> bool:
    """Whether a word of ``v`` is a dual or plural that names something else (البحرين)."""
    return not LEXICALIZED.isdisjoint(v.words) or not _BARE_LEXICALIZED.isdisjoint(v.words)


_BARE_LEXICALIZED = frozenset(bare(w) for w in LEXICALIZED)
