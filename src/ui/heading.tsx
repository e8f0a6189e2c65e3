/** Headings at a level relative to the widget's top level, so that embedders can fit the page outline. */
import type { ComponentChildren } from 'preact';
import { useWidgetView } from './context';

type HeadingProps = {
  depth?: 0 | 1 | 2;
  id?: string;
  class?: string;
  focusTarget?: boolean;
  children: ComponentChildren;
};

export function Heading({ depth = 0, id, class: className, focusTarget, children }: HeadingProps) {
  const { headingLevel } = useWidgetView();
  const Tag = `h${Math.min(6, headingLevel + depth)}` as 'h2';
  return (
    <Tag
      id={id}
      class={className}
      tabIndex={focusTarget ? -1 : undefined}
      data-step-heading={focusTarget ? '' : undefined}
    >
      {children}
    </Tag>
  );
}
