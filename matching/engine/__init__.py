"""Pure matching engine core: arrays in, candidates, scores, suggestions and assignments out.

Imports numpy, scipy, scikit-learn and OR-Tools only, never Django; the Django adapter loads
requests and mentors, calls these modules and stores what they return. Import from the modules
(`matching.engine.suggest`, …): this package stays empty so that the light ones (weights,
phrases) load without numpy, scikit-learn and OR-Tools, which take about two seconds to import.
Django's models and wording import only those; the adapter imports the rest (matching.computing)
inside the functions that run a matching.
"""
