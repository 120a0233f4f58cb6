"""GreenLife (绿色生活碳账本): a household carbon book."""

__version__ = "0.1.0"
APP_NAME = "GreenLife"
ORG_NAME = "GreenLife"
# One reverse-DNS id: the desktop file and metainfo names, setDesktopFileName (the Wayland
# app id), the icon name and, through ORG_DOMAIN, QSettings (org.greenlife.GreenLife.plist on macOS).
ORG_DOMAIN = "greenlife.org"
APP_ID = "org.greenlife.GreenLife"
