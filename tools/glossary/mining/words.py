"""Words that shape Arabic terms: function words, title and institution heads.

Term mining needs to know which words never begin or end a term
(prepositions, pronouns, particles), and which nouns head the idafa chains
of titles and institutions (وزير الخارجية, المديرية العامة للأمن الوطني) or
stand before a person's name (السفير, نائب الأميرال). Listed in ordinary
spelling and stored normalized.
"""

from __future__ import annotations

from tools.text.arabic import normalize

FUNCTION_WORDS = frozenset(
    normalize(word)
    for word in (
        "في من على إلى الى عن مع أن إن أنه إنه بأن كان كانت يكون تكون قد لقد لا لم لن ما ماذا "
        "هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين هو هي هم هما نحن أنا أنت "
        "كما لكن ثم أو أم بل حتى إذا اذا لو كل بعض غير بين عند عندما منذ خلال حول بعد قبل "
        "أمام دون ضد نحو لدى عبر وفق حيث أي أيضا فقط هناك هنا يضيف وقال قال أكد أوضح أشار "
        "وأضاف أضاف وأكد وأوضح وأشار فيما بما مما عما كذا لاسيما سيما إطار ذاته نفسه"
    ).split()
)

#: Nouns that head a title before or after a person's name.
TITLE_HEADS = frozenset(
    normalize(word)
    for word in (
        "وزير الوزير وزيرة رئيس الرئيس رئيسة نائب مدير المدير مديرة المديرة سفير السفير "
        "سفيرة المستشار مستشار الأمين أمين قائد القائد الجنرال العقيد اللواء الفريق "
        "الأميرال أميرال العميد الملك الأمير ولي الناطق المتحدث ضابط الضابط والي عامل "
        "محافظ المحافظ عمدة النائب الملحق ملحق المبعوث مبعوث المفوض مفوض الممثل ممثل"
    ).split()
)

#: Nouns that head the name of an institution, a body or an event.
INSTITUTION_HEADS = frozenset(
    normalize(word)
    for word in (
        "وزارة الوزارة المديرية مديرية الإدارة إدارة مجلس المجلس منظمة المنظمة هيئة الهيئة "
        "اللجنة لجنة الجمعية جمعية الأمم المحكمة محكمة شرطة الشرطة قوات القوات الجيش جيش "
        "جهاز الجهاز وكالة الوكالة الاتحاد اتحاد البرلمان الحكومة حكومة مكتب المكتب "
        "السفارة سفارة القنصلية مصالح المصالح المصلحة مصلحة مؤسسة المؤسسة البنك بنك "
        "كأس الدورة دورة مؤتمر المؤتمر قمة القمة جامعة الجامعة مركز المركز"
    ).split()
)
