"""``tools score``: sacrebleu metrics plus terminology accuracy.

Modules, one concern each:

* :mod:`~tools.score.segments`: reading PO or plain-text files and aligning
  hypothesis, references and Arabic source unit by unit;
* :mod:`~tools.score.standard`: corpus BLEU, chrF++ and TER and paired
  bootstrap resampling, all through sacrebleu's API;
* :mod:`~tools.score.terms` and :mod:`~tools.score.weighted_ter`: the
  terminology metrics of Alam et al. (2021) with the project glossary;
* :mod:`~tools.score.run`: one run as plain data;
* :mod:`~tools.score.report`: text and JSON formatting.
"""
