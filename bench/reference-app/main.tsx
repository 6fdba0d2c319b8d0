/** The bundle-size reference: the smallest React 19 app, built with the same Vite and target. */
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<h1>Xin chào</h1>);
