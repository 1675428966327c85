from guides.models.pages import GuideIndexPage, GuidePage
from guides.models.stages import Stage, StageListField

__all__ = ["GuideIndexPage", "GuidePage", "Stage", "StageListField"]
