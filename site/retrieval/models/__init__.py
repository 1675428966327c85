from retrieval.models.index import IndexedPage, IndexedTerm, IndexState
from retrieval.models.questions import UnansweredQuestion
from retrieval.models.synonyms import Synonym

__all__ = ["IndexState", "IndexedPage", "IndexedTerm", "Synonym", "UnansweredQuestion"]
