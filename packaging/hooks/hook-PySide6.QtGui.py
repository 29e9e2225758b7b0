# Replaces PyInstaller's own hook for PySide6.QtGui (hooks given in the spec's hookspath win):
# the same collection, minus Qt plugins a desk PC never loads. Dropped here, before the
# analysis, their system libraries (GTK, cairo, pango, Kerberos via QtNetwork, …) stay out too.
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGINS = {
    # Linux platforms for embedded screens and remote framebuffers, not desktops.
    "libqeglfs.so",
    "libqlinuxfb.so",
    "libqminimalegl.so",
    "libqvkkhrdisplay.so",
    "libqvnc.so",
    # The GTK 3 theme would load the host's GTK against the bundle's own glib: crash-prone. The
    # xdg-desktop-portal theme (kept) gives native file dialogs on GNOME and KDE.
    "libqgtk3.so",
    # PySide6 6.11 ships an image-format plugin that reads PDF pages through QtPdf (~10 MB);
    # the desk reads PNG, JPEG and SVG icons only.
    "libqpdf.so",
    "qpdf.dll",
    "libqpdf.dylib",
}
UNUSED_PLUGIN_TYPES = {"egldeviceintegrations", "generic"}  # embedded-only (evdev, KMS)

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (src, dst)
    for src, dst in binaries
    if Path(src).name not in UNUSED_PLUGINS and Path(dst).name not in UNUSED_PLUGIN_TYPES
]
