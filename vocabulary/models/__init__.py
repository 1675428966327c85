from vocabulary.models.places import Place

__all__ = ["Place"]
