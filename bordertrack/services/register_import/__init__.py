"""Bringing a post's own Excel register (equipment or trainees) into BorderTrack.

read_register -> guess_mapping -> plan_import (preview, row by row) -> apply_plan.
Every row applied is an ordinary edit through services.records: logged and synced.
"""
