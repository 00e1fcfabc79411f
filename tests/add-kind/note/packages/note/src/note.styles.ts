import { css } from 'lit';

export const noteStyles = css`
  ul {
    padding: 0;
    list-style: none;
  }
`;
