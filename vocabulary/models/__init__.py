from vocabulary.models.areas import ServiceArea
from vocabulary.models.places import Land, Place

__all__ = ["Land", "Place", "ServiceArea"]
