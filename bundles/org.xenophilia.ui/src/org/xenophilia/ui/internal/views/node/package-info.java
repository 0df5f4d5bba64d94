/**
 * What the Workbench's node views share, for the bundles that each add one (the Storage and Networks views, and
 * those to come): following the nodes' models into one refresh on the display thread ({@link NodeModelFollower}),
 * the virtual tree's rows asked of a snapshot ({@link LazyNodeRows} over {@link NodeRows}), the hint shown while no
 * node is known ({@link EmptyHint}), a view's icons ({@link ViewImages}) and a wizard's look at a node in the
 * background ({@link NodeLook}). Internal: exported to those bundles only; what differs between views (which changes
 * matter, the rows, the texts) is passed in.
 */
package org.xenophilia.ui.internal.views.node;
