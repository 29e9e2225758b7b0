"""The main window and what frames every screen: start-up, menus and their actions, themes,
language, login and the lock screen, the first-run wizard, help.
"""
