/**
 * The API of the Workbench's storage for plug-ins: a storage type's configuration page
 * ({@link org.xenophilia.ui.storage.StorageTypePage}), contributed through the extension point
 * {@code org.xenophilia.ui.storage.backendTypes} (documented in the bundle's {@code schema/backendTypes.exsd}), and
 * what the wizard gives it ({@link org.xenophilia.ui.storage.StorageTypePageSite}). Version 1.0; what may change in
 * which version is written in {@code docs/storage-plugins.md}.
 */
package org.xenophilia.ui.storage;
