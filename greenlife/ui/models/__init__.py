"""One table model per table. No queries inside: data comes from callables."""
