"""Text: Arabic orthography and sentence segmentation."""
