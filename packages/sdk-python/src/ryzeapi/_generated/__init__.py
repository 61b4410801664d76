# generated — do not edit.
# Modules generated from the bundled spec (@ryzeapi/openapi): models and operation tables.
# Regenerate with `pnpm generate` after changing the spec.
