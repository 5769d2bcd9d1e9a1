app_name = "casebank"

urlpatterns = []
