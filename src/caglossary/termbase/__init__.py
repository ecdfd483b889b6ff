"""termbase"""
