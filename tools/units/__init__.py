"""Translation units: the model, and one reader and writer per file format."""
