from vocabulary.models.areas import ServiceArea
from vocabulary.models.places import Land, Place
from vocabulary.models.topics import AdviceScope, Topic

__all__ = ["AdviceScope", "Land", "Place", "ServiceArea", "Topic"]
