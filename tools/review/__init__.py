"""The review page: a model of what a reviewer sees, and its HTML."""
