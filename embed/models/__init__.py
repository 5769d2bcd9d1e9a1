from .settings import EmbedSettings, EmbedSupplement
from .usage import EmbedDailyViews, EmbedRemark

__all__ = ["EmbedDailyViews", "EmbedRemark", "EmbedSettings", "EmbedSupplement"]
