"""Exports for funders, authorities and open-data portals: CSV, XLSX, GeoJSON and OC4IDS.

Students appear only under a pseudonym: exports never carry a student's name or birth year.
"""
