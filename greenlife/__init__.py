"""GreenLife (绿色生活碳账本): a household carbon book."""

__version__ = "0.1.0"
APP_NAME = "GreenLife"
ORG_NAME = "GreenLife"
